using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 3: streaming .xlsx reading — strings of every kind, numbers, booleans, errors, formulas, layout.</summary>
public sealed class XlsxReadingTests
{
    [Fact]
    public void SharedInlineAndRichStrings_AreRead()
    {
        var strings = SharedStrings(
            "Họ và tên",
            "<r><rPr><b/></rPr><t xml:space=\"preserve\">Nguyễn </t></r><r><t>Văn An</t></r>",
            "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>",
            "Dòng 1_x000D_\nDòng 2");
        var sheet = Sheet(
            """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Ghi </t></r><r><rPr><i/></rPr><t>chú</t></r></is></c></row>"""
            + """<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>"""
            + """<row r="3"><c r="A3" t="s"><v>3</v></c></row>""");
        using var file = OpenOk(Xlsx(sheet, strings), "a.xlsx");
        Assert.Equal(["Họ và tên", "Ghi chú"], file.Headers);
        var rows = file.ReadRows().ToList();
        Assert.Equal("Nguyễn Văn An", rows[0][0].Text);
        Assert.Equal("東京", rows[0][1].Text);
        Assert.Equal("Dòng 1\r\nDòng 2", rows[1][0].Text);
    }

    [Fact]
    public void NumbersBooleansAndErrors_AreRead()
    {
        var sheet = Sheet(Row(1, "Số", "Thực", "Đúng", "Sai", "Lỗi", "Mũ")
            + """<row r="2"><c r="A2"><v>42</v></c><c r="B2" t="n"><v>8.75</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2"><v>1.5E-3</v></c></row>""");
        var row = Assert.Single(Rows(Xlsx(sheet), "a.xlsx"));
        Assert.Equal(42, row[0].Number);
        Assert.Null(row[0].Text);
        Assert.Equal(8.75, row[1].Number);
        Assert.Equal("TRUE", row[2].Text);
        Assert.Equal("FALSE", row[3].Text);
        Assert.Equal("#N/A", row[4].Text);
        Assert.Equal(0.0015, row[5].Number);
        Assert.Equal("8.75", row[1].Display);
    }

    [Fact]
    public void Formulas_GiveTheirCachedValue_AndAreNeverEvaluated()
    {
        var sheet = Sheet(Row(1, "Tổng", "Chuỗi", "Chưa tính", "Rỗng", "Mảng")
            + """<row r="2"><c r="A2"><f>SUM(1,2)</f><v>3</v></c><c r="B2" t="str"><f>"Hà "&amp;"Nội"</f><v>Hà Nội</v></c><c r="C2"><f>1+1</f></c><c r="D2" t="str"><f>""</f><v></v></c><c r="E2"><f t="shared" si="0"/><v>7</v></c></row>""");
        var row = Assert.Single(Rows(Xlsx(sheet), "a.xlsx"));
        Assert.Equal(3, row[0].Number);
        Assert.False(row[0].IsFormulaWithoutValue);
        Assert.Equal("Hà Nội", row[1].Text);
        Assert.True(row[2].IsEmpty);
        Assert.True(row[2].IsFormulaWithoutValue);
        Assert.True(row[3].IsEmpty);
        Assert.False(row[3].IsFormulaWithoutValue);
        Assert.Equal(7, row[4].Number);
    }

    [Fact]
    public void CellReferences_PlaceCellsInTheirColumns_WithGapsEmpty()
    {
        var sheet = Sheet(Row(1, "A", "B", "C", "D")
            + """<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row>"""
            + """<row r="3"><c><v>10</v></c><c><v>20</v></c><c r="D3"><v>40</v></c><c><v>50</v></c></row>""");
        var rows = Rows(Xlsx(sheet), "a.xlsx");
        Assert.Equal(["1", "", "3", ""], Texts(rows[0]));
        Assert.Equal(["10", "20", "", "40", "50"], Texts(rows[1]));
    }

    [Fact]
    public void RowsWithoutCells_AndEmptyRows_AreSkipped_RowNumbersStayExcels()
    {
        var sheet = Sheet(
            """<row r="1"/><row r="2" ht="30"><c r="A2" s="3"/><c r="B2" t="inlineStr"><is><t>   </t></is></c></row>"""
            + Row(3, null, "Họ tên", "Năm") + "<row r=\"4\"></row>" + Row(5, null, "An", "2020") + Row(9, null, null, "2021"));
        using var file = OpenOk(Xlsx(sheet), "a.xlsx");
        Assert.Equal(3, file.HeaderRowNumber);
        Assert.Equal(["", "Họ tên", "Năm"], file.Headers);
        var rows = file.ReadRows().ToList();
        Assert.Equal([5, 9], rows.Select(r => r.RowNumber));
        Assert.Equal("An", rows[0][1].Text);
        Assert.Equal(3, rows[1].Cells.Count);
    }

    [Fact]
    public void RowsWithoutNumbers_FollowThePreviousRow()
    {
        var sheet = Sheet("<row><c t=\"inlineStr\"><is><t>Tên</t></is></c></row><row><c t=\"inlineStr\"><is><t>An</t></is></c></row>");
        var row = Assert.Single(Rows(Xlsx(sheet), "a.xlsx"));
        Assert.Equal(2, row.RowNumber);
    }

    [Fact]
    public void Headers_AreTrimmedComposedAndCollapsed()
    {
        var sheet = Sheet(Row(1, "  Họ và\n   tên ", "Ngày\u00A0sinh", "Nguye\u0302\u0303n quán"));
        using var file = OpenOk(Xlsx(sheet), "a.xlsx");
        Assert.Equal(["Họ và tên", "Ngày sinh", "Nguyễn quán"], file.Headers);
    }

    [Fact]
    public void TheFirstSheet_IsFoundThroughTheWorkbookRelationships()
    {
        var bytes = Zip(
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", Workbook("rIdB", "rIdA")),
            ("xl/_rels/workbook.xml.rels", WorkbookRels(("rIdA", "worksheet", "worksheets/sheet1.xml"), ("rIdB", "worksheet", "/xl/worksheets/data.xml"))),
            ("xl/worksheets/sheet1.xml", Sheet(Row(1, "Trang hai"))),
            ("xl/worksheets/data.xml", Sheet(Row(1, "Trang một") + Row(2, "x"))));
        using var file = OpenOk(bytes, "a.xlsx");
        Assert.Equal(["Trang một"], file.Headers);
    }

    [Fact]
    public void AChartAsFirstSheet_IsRefused()
    {
        var bytes = Zip(
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", Workbook("rId1")),
            ("xl/_rels/workbook.xml.rels", WorkbookRels(("rId1", "chartsheet", "chartsheets/sheet1.xml"))),
            ("xl/chartsheets/sheet1.xml", "<chartsheet/>"));
        Assert.Contains("biểu đồ", Refused(bytes, "a.xlsx").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictOpenXmlNamespaces_AreRead()
    {
        var sheet = Sheet(Row(1, "Tên") + Row(2, "An")).Replace(MainNs, "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal);
        var bytes = Zip(
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", Workbook("rId1").Replace(MainNs, "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal)
                .Replace(RelNs, "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal)),
            ("xl/_rels/workbook.xml.rels", WorkbookRels(("rId1", "worksheet", "worksheets/sheet1.xml"))
                .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/", StringComparison.Ordinal)),
            ("xl/worksheets/sheet1.xml", sheet));
        Assert.Equal("An", Assert.Single(Rows(bytes, "a.xlsx"))[0].Text);
    }

    [Fact]
    public void IsoDateCells_BecomeSerialNumbers()
    {
        var sheet = Sheet(Row(1, "Ngày") + """<row r="2"><c r="A2" t="d"><v>2024-02-05T00:00:00</v></c></row>""");
        var cell = Assert.Single(Rows(Xlsx(sheet), "a.xlsx"))[0];
        Assert.Equal(45327, cell.Number);
        Assert.True(CellParsers.TryDate(cell, out var date, out _));
        Assert.Equal(new DateOnly(2024, 2, 5), date);
    }

    [Fact]
    public void MergedCellsInTheHeader_AreRefused_NamingTheRange()
    {
        var sheet = Sheet(Row(1, "Họ và tên", null, null, "Năm") + Row(2, "An", "B", "C", "2024"), "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>");
        var problem = Refused(Xlsx(sheet), "a.xlsx");
        Assert.Equal(FileProblemKind.MergedCells, problem.Kind);
        Assert.StartsWith("Dòng tiêu đề có ô gộp (A1:C1): hãy bỏ gộp ô", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MergedCellsInDataRows_AreRefused_NamingTheRange()
    {
        var sheet = Sheet(Row(1, "Đơn vị", "Họ tên") + Row(2, "Phòng 1", "An") + Row(3, null, "Bình"), "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>");
        var problem = Refused(Xlsx(sheet), "a.xlsx");
        Assert.Equal(FileProblemKind.MergedCells, problem.Kind);
        Assert.StartsWith("Bảng có ô gộp (A2:A3)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MergedEmptyCellsAboveTheHeader_AreHarmless()
    {
        var sheet = Sheet(Row(3, "Tên") + Row(4, "An"), "<mergeCells count=\"1\"><mergeCell ref=\"A1:D2\"/></mergeCells>");
        Assert.Single(Rows(Xlsx(sheet), "a.xlsx"));
    }

    [Fact]
    public void EmptySheet_IsRefused()
    {
        var problem = Refused(Xlsx(Sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>")), "a.xlsx");
        Assert.Equal(FileProblemKind.NoData, problem.Kind);
    }

    [Fact]
    public void SharedStringIndexOutOfRange_IsCorrupt()
    {
        var sheet = Sheet(Row(1, "Tên") + """<row r="2"><c r="A2" t="s"><v>99</v></c></row>""");
        Assert.Equal(FileProblemKind.Corrupt, ProblemOpeningOrReading(Xlsx(sheet, SharedStrings("x")), "a.xlsx").Kind);
    }

    [Fact]
    public void MalformedXml_IsCorrupt() =>
        Assert.Equal(FileProblemKind.Corrupt, ProblemOpeningOrReading(Xlsx(Sheet(Row(1, "Tên") + "<row r=\"2\"><c>")), "a.xlsx").Kind);

    [Fact]
    public void ADocumentTypeDeclaration_IsRefused_SoEntitiesCannotExpand()
    {
        var sheet = $"""<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="{MainNs}"><sheetData>"""
            + Row(1, "Tên") + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
        Assert.Equal(FileProblemKind.Corrupt, ProblemOpeningOrReading(Xlsx(sheet), "a.xlsx").Kind);
    }

    [Fact]
    public void CellsBeyondExcelsLastColumn_AreCorrupt()
    {
        var sheet = Sheet(Row(1, "Tên") + """<row r="2"><c r="XFE2"><v>1</v></c></row>""");
        Assert.Equal(FileProblemKind.Corrupt, ProblemOpeningOrReading(Xlsx(sheet), "a.xlsx").Kind);
    }

    [Fact]
    public void ReadRows_CanBeEnumeratedAgain()
    {
        using var file = OpenOk(Xlsx(Sheet(Row(1, "Tên") + Row(2, "An") + Row(3, "Bình"))), "a.xlsx");
        Assert.Equal(2, file.ReadRows().Count());
        Assert.Equal(["An", "Bình"], file.ReadRows().Select(r => r[0].Text));
    }

    [Fact]
    public void ReadRows_AfterDispose_Throws()
    {
        var file = OpenOk(Xlsx(Sheet(Row(1, "Tên") + Row(2, "An"))), "a.xlsx");
        file.Dispose();
        Assert.Throws<ObjectDisposedException>(() => file.ReadRows());
    }

    [Fact]
    public void RowsHaveAtLeastOneCellPerHeader()
    {
        var row = Assert.Single(Rows(Xlsx(Sheet(Row(1, "A", "B", "C") + Row(2, "x"))), "a.xlsx"));
        Assert.Equal(3, row.Cells.Count);
        Assert.True(row[2].IsEmpty);
        Assert.True(row[10].IsEmpty);
    }
}
