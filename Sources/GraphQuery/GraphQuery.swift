enum GraphQueryPlaceholder {}
