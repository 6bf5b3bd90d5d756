using ThiDua.Core.Imports.Files;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 7: dates, integers, decimals and yes/no, with messages that name the value.</summary>
public sealed class CellParsersTests
{
    [Theory]
    [InlineData(1, 1900, 1, 1)]
    [InlineData(31, 1900, 1, 31)]
    [InlineData(59, 1900, 2, 28)]
    [InlineData(61, 1900, 3, 1)]
    [InlineData(367, 1901, 1, 1)]
    [InlineData(45327, 2024, 2, 5)]
    [InlineData(45327.75, 2024, 2, 5)]
    [InlineData(73415, 2100, 12, 31)]
    public void TryDate_ExcelSerials_Use1900System(double serial, int year, int month, int day)
    {
        Assert.True(CellParsers.TryDate(CellValue.FromNumber(serial), out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void TryDate_Serial60_IsTheFictitious29February1900()
    {
        Assert.False(CellParsers.TryDate(CellValue.FromNumber(60), out _, out var error));
        Assert.Equal("“60” ứng với ngày 29/02/1900, một ngày không có thật (lỗi cũ của Excel): hãy nhập lại ngày.", error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(0.5)]
    [InlineData(73416)]
    [InlineData(2958465)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void TryDate_SerialsOutOfRange_AreRefused(double serial)
    {
        Assert.False(CellParsers.TryDate(CellValue.FromNumber(serial), out _, out var error));
        Assert.NotNull(error);
        Assert.Contains("không phải là ngày", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(1900)]
    public void TryDate_AYearTypedAlone_IsRefused(double value)
    {
        Assert.False(CellParsers.TryDate(CellValue.FromNumber(value), out _, out var error));
        Assert.Contains("giống một năm hơn là một ngày", error, StringComparison.Ordinal);
        Assert.False(CellParsers.TryDate(CellValue.FromText(value.ToString(System.Globalization.CultureInfo.InvariantCulture)), out _, out _));
    }

    [Theory]
    [InlineData("05/02/2024", 2024, 2, 5)]
    [InlineData("5/2/2024", 2024, 2, 5)]
    [InlineData("05-02-2024", 2024, 2, 5)]
    [InlineData("05.02.2024", 2024, 2, 5)]
    [InlineData("2024-02-05", 2024, 2, 5)]
    [InlineData("2024-02-05T00:00:00", 2024, 2, 5)]
    [InlineData("2024-2-5 08:30", 2024, 2, 5)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    [InlineData(" 31/12/2100 ", 2100, 12, 31)]
    [InlineData("45327", 2024, 2, 5)]
    [InlineData("45327,5", 2024, 2, 5)]
    public void TryDate_Text_DayBeforeMonth(string text, int year, int month, int day)
    {
        Assert.True(CellParsers.TryDate(CellValue.FromText(text), out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2024", "31/02/2024 không phải là ngày có thật.")]
    [InlineData("29/02/2023", "29/02/2023 không phải là ngày có thật.")]
    [InlineData("00/01/2024", "00/01/2024 không phải là ngày có thật.")]
    [InlineData("12/31/2024", "“12/31/2024”: tháng 31 không hợp lệ — ngày phải viết theo dạng ngày/tháng/năm (dd/MM/yyyy).")]
    [InlineData("2024-13-01", "“2024-13-01”: tháng 13 không hợp lệ.")]
    [InlineData("05/02/24", "“05/02/24”: năm phải viết đủ 4 chữ số (ví dụ 05/02/2024, không viết 05/02/24).")]
    [InlineData("05/02/1899", "“05/02/1899”: năm 1899 nằm ngoài khoảng 1900–2100.")]
    [InlineData("05/02-2024", "“05/02-2024” không phải là ngày: hãy viết theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 05/02/2024.")]
    [InlineData("mùng 5 tháng 2", "“mùng 5 tháng 2” không phải là ngày: hãy viết theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 05/02/2024.")]
    public void TryDate_BadText_IsRefusedNamingIt(string text, string expected)
    {
        Assert.False(CellParsers.TryDate(CellValue.FromText(text), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryDate_EmptyCell_SaysSo()
    {
        Assert.False(CellParsers.TryDate(CellValue.Empty, out _, out var error));
        Assert.StartsWith("Ô trống", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1.234", 1234)]
    [InlineData("1,234", 1234)]
    [InlineData("1 234 567", 1234567)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("-12", -12)]
    [InlineData("+7", 7)]
    [InlineData("12,0", 12)]
    [InlineData("1.234,00", 1234)]
    [InlineData("0", 0)]
    public void TryInt_Text(string text, int expected)
    {
        Assert.True(CellParsers.TryInt(CellValue.FromText(text), out var value, out var error), error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(42.0, 42)]
    [InlineData(-3.0, -3)]
    public void TryInt_Numbers(double number, int expected)
    {
        Assert.True(CellParsers.TryInt(CellValue.FromNumber(number), out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12,5", "“12,5” không phải là số nguyên.")]
    [InlineData("abc", "“abc” không phải là số.")]
    [InlineData("1.00.000", "“1.00.000” không phải là số.")]
    [InlineData("99999999999", "“99999999999” quá lớn.")]
    [InlineData("", "Ô trống: cần một số.")]
    [InlineData("1e5", "“1e5” không phải là số.")]
    public void TryInt_Refusals(string text, string expected)
    {
        Assert.False(CellParsers.TryInt(CellValue.FromText(text), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryInt_NonIntegralNumber_IsRefused()
    {
        Assert.False(CellParsers.TryInt(CellValue.FromNumber(2.5), out _, out var error));
        Assert.Equal("“2,5” không phải là số nguyên.", error);
    }

    [Theory]
    [InlineData("8,75", "8.75")]
    [InlineData("8.75", "8.75")]
    [InlineData("0,125", "0.125")]
    [InlineData("0.125", "0.125")]
    [InlineData("1234.567", "1234.567")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("1.2340", "1.2340")]
    [InlineData("-0,5", "-0.5")]
    [InlineData("1.234.567", "1234567")]
    public void TryDecimal_Text(string text, string expected)
    {
        Assert.True(CellParsers.TryDecimal(CellValue.FromText(text), out var value, out var error), error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("1,234")]
    [InlineData("12.500")]
    [InlineData("-100,000")]
    public void TryDecimal_AmbiguousGrouping_IsRefusedNotGuessed(string text)
    {
        Assert.False(CellParsers.TryDecimal(CellValue.FromText(text), out _, out var error));
        Assert.StartsWith($"“{text}” không rõ là số nguyên có dấu phân cách hàng nghìn hay số thập phân", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecimal_Numbers_AreTakenAsTheyAre()
    {
        Assert.True(CellParsers.TryDecimal(CellValue.FromNumber(0.1), out var value, out _));
        Assert.Equal(0.1m, value);
        Assert.False(CellParsers.TryDecimal(CellValue.FromNumber(1e30), out _, out _));
    }

    [Theory]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("có", true)]
    [InlineData("Có", true)]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    [InlineData("Đúng", true)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("không", false)]
    [InlineData("Sai", false)]
    [InlineData("FALSE", false)]
    public void TryBool_Text(string text, bool expected)
    {
        Assert.True(CellParsers.TryBool(CellValue.FromText(text), out var value, out var error), error);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryBool_NumbersAndEmptyCells()
    {
        Assert.True(CellParsers.TryBool(CellValue.FromNumber(1), out var one, out _));
        Assert.True(one);
        Assert.True(CellParsers.TryBool(CellValue.FromNumber(0), out var zero, out _));
        Assert.False(zero);
        Assert.True(CellParsers.TryBool(CellValue.Empty, out var empty, out _));
        Assert.False(empty);
    }

    [Fact]
    public void TryBool_OtherText_IsRefused()
    {
        Assert.False(CellParsers.TryBool(CellValue.FromText("có lẽ"), out _, out var error));
        Assert.Equal("“có lẽ” không phải là giá trị có/không: hãy ghi “x” (hoặc “có”) nếu có, để trống (hoặc ghi “không”) nếu không.", error);
        Assert.False(CellParsers.TryBool(CellValue.FromNumber(2), out _, out _));
    }

    [Fact]
    public void CellValue_DisplayAndEmptiness()
    {
        Assert.Equal("1234.5", CellValue.FromNumber(1234.5).Display);
        Assert.Equal("0.1", CellValue.FromNumber(0.1).Display);
        Assert.True(CellValue.Empty.IsEmpty);
        Assert.True(CellValue.FromText("").IsEmpty);
        Assert.False(CellValue.FromNumber(0).IsEmpty);
        Assert.Equal(string.Empty, CellValue.Empty.Display);
    }
}
