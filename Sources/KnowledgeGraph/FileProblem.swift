import Foundation

/// What went wrong with a file, in words a user reads: the system's reason (strerror),
/// never a framework's error domain and code (`NSCocoaErrorDomain error 256`).
package enum FileProblem {
    package static func reason(_ error: any Error, path: String) -> String {
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) { return "no such file or folder" }
        if isDir.boolValue { return "it is a folder, not a file" }
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
        case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding: return "not valid UTF-8 text"
        case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
        default: return "it cannot be read"
        }
    }
}
