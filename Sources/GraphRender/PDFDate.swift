import Foundation

/// cairo 1.16 stamps each PDF with the time of rendering (`/CreationDate`) and
/// ignores SOURCE_DATE_EPOCH, so two renders of one graph would differ. The stamp
/// is replaced by the Unix epoch, in place and at the same length, so the PDF's
/// cross-reference offsets stay valid and the output is byte-identical.
enum PDFDate {
    static let fixed = Array("D:19700101000000Z".utf8)

    static func normalized(_ pdf: Data) -> Data {
        let key = Array("/CreationDate (".utf8)
        var bytes = [UInt8](pdf)
        // The info dictionary sits near the end, but a short PDF is searched whole.
        guard let start = bytes.firstRange(of: key)?.upperBound,
              let close = bytes[start...].firstIndex(of: UInt8(ascii: ")")),
              close - start == fixed.count
        else { return pdf }
        bytes.replaceSubrange(start..<close, with: fixed)
        return Data(bytes)
    }
}
