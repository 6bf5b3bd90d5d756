using System.Text;
using ThiDua.Core.Shared;

namespace ThiDua.Tests.Shared;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("ĐẶNG THỊ THU HÀ", "dang thi thu ha")]
    [InlineData("  Phòng   Thi hành án dân sự  khu vực 1 ", "phong thi hanh an dan su khu vuc 1")]
    [InlineData("Lương Thị Ngọc Ánh", "luong thi ngoc anh")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_RemovesDiacriticsCaseAndExtraSpaces(string? input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));

    [Fact]
    public void Fold_DecomposedAndComposedUnicode_GiveTheSameKey()
    {
        var composed = "Nguyễn Thị Hường".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(SearchText.Fold(composed), SearchText.Fold(decomposed));
    }
}

public sealed class VietnameseFormatTests
{
    [Fact]
    public void Date_IsDayMonthYear() => Assert.Equal("05/02/2024", VietnameseFormat.Date(new DateOnly(2024, 2, 5)));

    [Fact]
    public void Number_UsesDotsForThousands() => Assert.Equal("1.234.567", VietnameseFormat.Number(1_234_567));

    [Fact]
    public void DateTime_IsShownInVietnamTime()
    {
        var utc = new DateTime(2026, 11, 27, 20, 30, 0, DateTimeKind.Utc);
        Assert.Equal("28/11/2026 03:30", VietnameseFormat.DateTime(utc, VietnameseFormat.VietnamTimeZone));
    }
}

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(0, 0, 1, 25)]
    [InlineData(-3, 10, 1, 10)]
    [InlineData(2, 1000, 2, PageRequest.MaxSize)]
    public void PageRequest_ClampsToSaneBounds(int number, int size, int safeNumber, int safeSize)
    {
        var page = new PageRequest(number, size);
        Assert.Equal(safeNumber, page.SafeNumber);
        Assert.Equal(safeSize, page.SafeSize);
    }
}
