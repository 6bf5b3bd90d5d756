using System.Globalization;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Imports.Files;

/// <summary>Every refusal an officer can read, in one place so that wording stays consistent.</summary>
internal static class FileMessages
{
    private const string Accepted = "chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv, mã UTF-8)";
    private const string Malicious = "nghi là tệp nén độc hại";

    public static FileProblem Empty(string name) =>
        new(FileProblemKind.Empty, $"Tệp “{name}” rỗng (0 byte): hãy kiểm tra lại rồi tải lên tệp có dữ liệu.");

    public static FileProblem TooLarge(string name, long bytes, long limit) =>
        new(FileProblemKind.TooLarge, $"Tệp “{name}” nặng {Megabytes(bytes)} MB, vượt giới hạn {Megabytes(limit)} MB: hãy chia nhỏ tệp rồi tải lên lần lượt.");

    /// <summary>Used when a stream cannot tell its length and was cut while copying.</summary>
    public static FileProblem TooLarge(string name, long limit) =>
        new(FileProblemKind.TooLarge, $"Tệp “{name}” vượt giới hạn {Megabytes(limit)} MB: hãy chia nhỏ tệp rồi tải lên lần lượt.");

    public static FileProblem UnsupportedExtension(string name, string extension) => new(
        FileProblemKind.UnsupportedExtension,
        extension.Length == 0
            ? $"Tệp “{name}” không có đuôi nên không biết là loại tệp gì: {Accepted}."
            : $"Tệp “{name}” có đuôi “{extension}” không được hỗ trợ: {Accepted}.");

    public static FileProblem PasswordProtected() =>
        new(FileProblemKind.PasswordProtected, "Tệp Excel được đặt mật khẩu: hãy bỏ mật khẩu rồi tải lên lại.");

    public static FileProblem OldExcel() =>
        new(FileProblemKind.OldExcelFormat, "Tệp .xls (Excel 97–2003) không được hỗ trợ: hãy lưu lại dạng .xlsx.");

    public static FileProblem NotXlsx(string name, string whatItIs) =>
        new(FileProblemKind.WrongContent, $"Tệp “{name}” là {whatItIs}, không phải bảng tính Excel (.xlsx): hãy tải lên đúng bảng tính, lưu từ Excel dạng “Excel Workbook (.xlsx)”.");

    public static FileProblem TextNamedXlsx(string name) => new(
        FileProblemKind.WrongContent,
        $"Tệp “{name}” là tệp văn bản (có thể là CSV bị đổi đuôi), không phải bảng tính Excel (.xlsx): hãy mở bằng Excel và lưu lại dạng .xlsx, hoặc nếu đó là tệp CSV UTF-8 thì đặt lại đuôi .csv.");

    public static FileProblem NotCsv(string name, string whatItIs) => new(
        FileProblemKind.WrongContent,
        $"Tệp “{name}” là {whatItIs}, không phải tệp CSV (văn bản): hãy tải lên đúng tệp .xlsx, hoặc lưu lại dạng “CSV UTF-8 (Comma delimited)”.");

    public static FileProblem CorruptXlsx(string name) => new(
        FileProblemKind.Corrupt,
        $"Tệp “{name}” bị hỏng hoặc tải lên chưa trọn vẹn: không đọc được nội dung bảng tính Excel. Hãy mở tệp bằng Excel, lưu lại rồi tải lên lại.");

    public static FileProblem UnpackedTooLarge(long limit) =>
        new(FileProblemKind.ZipBomb, $"Tệp giải nén vượt quá giới hạn {Megabytes(limit)} MB ({Malicious}): không nhập.");

    public static FileProblem CompressionRatio(double ratio, double limit) => new(
        FileProblemKind.ZipBomb,
        $"Tệp có tỉ lệ nén bất thường ({Number(ratio)} lần, giới hạn {Number(limit)} lần), {Malicious}: không nhập.");

    public static FileProblem FirstSheetIsChart() => new(
        FileProblemKind.NoData,
        "Trang tính đầu tiên của tệp là biểu đồ, không phải bảng dữ liệu: hãy đưa bảng dữ liệu lên trang tính đầu tiên rồi tải lên lại.");

    public static FileProblem NoData() => new(
        FileProblemKind.NoData,
        "Tệp không có dữ liệu: không tìm thấy dòng tiêu đề (dòng đầu tiên có nội dung) ở trang tính đầu tiên.");

    public static FileProblem MergedHeader(string range) => new(
        FileProblemKind.MergedCells,
        $"Dòng tiêu đề có ô gộp ({range}): hãy bỏ gộp ô để mỗi cột có một tiêu đề riêng, rồi tải lên lại.");

    public static FileProblem MergedData(string range) => new(
        FileProblemKind.MergedCells,
        $"Bảng có ô gộp ({range}): ô gộp che mất giá trị của các ô bên trong. Hãy bỏ gộp ô và điền đủ giá trị cho từng dòng, rồi tải lên lại.");

    public static FileProblem TooManyRows(int limit) => new(
        FileProblemKind.TooManyRows,
        $"Tệp có hơn {Number(limit)} dòng dữ liệu: hãy chia nhỏ tệp (mỗi tệp tối đa {Number(limit)} dòng) rồi tải lên lần lượt.");

    public static FileProblem TooManyColumns(int rowNumber, int limit) => new(
        FileProblemKind.TooManyColumns,
        $"Dòng {rowNumber.ToString(CultureInfo.InvariantCulture)} có dữ liệu ở quá {Number(limit)} cột: tệp không phải là một bảng dữ liệu hợp lệ.");

    public static FileProblem NotUtf8() => new(
        FileProblemKind.NotUtf8,
        "Tệp CSV không phải mã UTF-8 (có thể là bảng mã Windows-1258 hoặc TCVN3): hãy lưu lại dạng CSV UTF-8.");

    public static FileProblem UnterminatedQuote(int line) => new(
        FileProblemKind.Corrupt,
        $"Tệp CSV bị lỗi từ dòng {line.ToString(CultureInfo.InvariantCulture)}: có dấu ngoặc kép (\") mở mà không đóng. Hãy lưu lại tệp từ Excel rồi tải lên lại.");

    public static FileProblem Legacy(LegacyEncoding encoding, string cell, string example) => new(
        FileProblemKind.LegacyEncoding,
        $"Tệp dùng bảng mã cũ {LegacyName(encoding)} (ví dụ ô {cell}: “{example}”): hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi tải lên lại.");

    private static string LegacyName(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding.Vni => "VNI",
        _ => encoding.ToString(),
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("#,0.#", VietnameseFormat.Culture);

    private static string Number(double value) => value.ToString("#,0", VietnameseFormat.Culture);
}
