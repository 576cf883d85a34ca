#ifndef KG_CGRAPHVIZ_SHIM_H
#define KG_CGRAPHVIZ_SHIM_H
// The only place that names Graphviz's headers; found through pkg-config (libgvc).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
