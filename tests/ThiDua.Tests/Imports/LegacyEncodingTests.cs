using System.Text;
using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 5: text typed in TCVN3 or VNI fonts is recognised; genuine Unicode Vietnamese and foreign text never are.</summary>
public sealed class LegacyEncodingTests
{
    [Theory]
    [InlineData("NguyÔn V¨n An")]
    [InlineData("Hµ Néi")]
    [InlineData("B¶o Th¾ng")]
    [InlineData("B¸t X¸t")]
    [InlineData("Tr\u00ADêng THPT Lª Lîi")]
    [InlineData("Phßng Tæ chøc c¸n bé")]
    [InlineData("Së Gi¸o dôc vµ §µo t¹o")]
    [InlineData("Hoµn thµnh xuÊt s¾c nhiÖm vô")]
    [InlineData("Kh¸")]
    [InlineData("NGUYÔN V¡N AN")]
    public void Tcvn3_IsRecognised(string text) => Assert.Equal(LegacyEncoding.Tcvn3, LegacyEncodingDetector.Detect(text));

    [Theory]
    [InlineData("Nguyeãn Vaên An")]
    [InlineData("Haø Noäi")]
    [InlineData("Xin chaøo caùc baïn")]
    [InlineData("Sôû Giaùo duïc vaø Ñaøo taïo")]
    [InlineData("Phoøng Toå chöùc caùn boä")]
    [InlineData("Hoaøn thaønh xuaát saéc nhieäm vuï")]
    [InlineData("Thaønh phoá Hoà Chí Minh")]
    [InlineData("NGUYEÃN VAÊN AN")]
    public void Vni_IsRecognised(string text) => Assert.Equal(LegacyEncoding.Vni, LegacyEncodingDetector.Detect(text));

    [Fact]
    public void GenuineUnicodeVietnamese_EnglishAndForeignText_AreNeverFlagged()
    {
        var corpus = VietnameseCorpus.All.ToList();
        Assert.True(corpus.Count >= 200, $"only {corpus.Count} samples");
        var flagged = corpus.Where(t => LegacyEncodingDetector.Detect(t) is not null).ToList();
        Assert.True(flagged.Count == 0, "Flagged: " + string.Join(" | ", flagged));
    }

    [Fact]
    public void DecomposedUnicode_IsNotFlaggedEither()
    {
        var flagged = VietnameseCorpus.All.Select(t => t.Normalize(NormalizationForm.FormD)).Where(t => LegacyEncodingDetector.Detect(t) is not null).ToList();
        Assert.True(flagged.Count == 0, "Flagged: " + string.Join(" | ", flagged));
    }

    [Fact]
    public void TheCorpusTypedInTcvn3_IsRecognised_SaveWhatCannotBeTold()
    {
        // "Ní" in TCVN3 is "NÝ", itself a well-formed "Ný"; "Niê" (Ê Đê) and abbreviations are no Vietnamese syllables.
        string[] undecidable = ["Ksor Ní", "H'Hen Niê", "TĐKT, CSTĐCS, LĐTT, HTXS, HTT, UBND, HĐND, QĐ, TTLĐXS"];
        var missed = Vietnamese().Where(t => LegacyEncodingDetector.Detect(ToTcvn3(t)) != LegacyEncoding.Tcvn3).ToList();
        Assert.Equal(undecidable, missed);
    }

    [Fact]
    public void TheCorpusTypedInVni_IsRecognised_SaveWhatCannotBeTold()
    {
        // í and ì are the same characters in VNI and Unicode; "Rô" and "Sôn" (VNI for Rơ, Sơn) are well-formed syllables.
        string[] undecidable = ["Ksor Ní", "H'Hen Niê", "Rơ Mah Phi", "Ninh Bình", "Sơn La", "TĐKT, CSTĐCS, LĐTT, HTXS, HTT, UBND, HĐND, QĐ, TTLĐXS"];
        var missed = Vietnamese().Where(t => LegacyEncodingDetector.Detect(ToVni(t)) is null).ToList();
        Assert.Equal(undecidable, missed);
    }

    [Fact]
    public void VniText_OfAFewWords_IsNotTakenForTcvn3()
    {
        // A single short word can read both ways ("Leâ" is also TCVN3 for "leõ"); with a few words VNI must win.
        var longer = SeveralWords().ToList();
        var wrong = longer.Select(ToVni).Where(t => LegacyEncodingDetector.Detect(t) != LegacyEncoding.Vni).ToList();
        Assert.True(longer.Count > 100);
        Assert.True(wrong.Count == 0, $"{wrong.Count}/{longer.Count} taken for TCVN3: " + string.Join(" | ", wrong));
    }

    [Fact]
    public void Tcvn3Text_OfAFewWords_IsNotTakenForVni()
    {
        var longer = SeveralWords().ToList();
        var wrong = longer.Select(ToTcvn3).Where(t => LegacyEncodingDetector.Detect(t) != LegacyEncoding.Tcvn3).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count}/{longer.Count} taken for VNI: " + string.Join(" | ", wrong));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Nguyen Van An")]
    [InlineData("12345")]
    public void PlainAsciiAndEmptyText_AreNotFlagged(string? text) => Assert.Null(LegacyEncodingDetector.Detect(text));

    [Fact]
    public void XlsxWithTcvn3InADataCell_IsRefused_QuotingTheCell()
    {
        var sheet = Sheet(Row(1, "STT", "Họ và tên", "Đơn vị") + Row(2, "1", "NguyÔn V¨n An", "Phòng 1"));
        var problem = Refused(Xlsx(sheet), "a.xlsx");
        Assert.Equal(FileProblemKind.LegacyEncoding, problem.Kind);
        Assert.Equal(
            "Tệp dùng bảng mã cũ TCVN3 (ABC) (ví dụ ô B2: “NguyÔn V¨n An”): hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi tải lên lại.",
            problem.Message);
    }

    [Fact]
    public void XlsxWithVniSharedStringsInTheHeader_IsRefused()
    {
        var sheet = Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""");
        var problem = Refused(Xlsx(sheet, SharedStrings("Hoï vaø teân", "Ñôn vò")), "a.xlsx");
        Assert.Equal(
            "Tệp dùng bảng mã cũ VNI (ví dụ ô A1: “Hoï vaø teân”): hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi tải lên lại.",
            problem.Message);
    }

    [Fact]
    public void CsvWithLegacyText_IsRefused() =>
        Assert.Equal(FileProblemKind.LegacyEncoding, Refused(Csv("Họ tên,Đơn vị\nHµ Néi,x\n"), "a.csv").Kind);

    [Fact]
    public void LegacyTextFarDown_StopsTheReading()
    {
        var rows = string.Concat(Enumerable.Range(2, 400).Select(i => Row(i, $"Nguyễn Văn {i}"))) + Row(402, "§inh V¨n Hïng");
        using var file = OpenOk(Xlsx(Sheet(Row(1, "Họ tên") + rows)), "a.xlsx");
        var exception = Assert.Throws<TabularFileException>(() => file.ReadRows().Count());
        Assert.Equal(FileProblemKind.LegacyEncoding, exception.Problem.Kind);
        Assert.Contains("ô A402", exception.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecomposedInput_ComesOutPrecomposed()
    {
        var decomposed = "Nguyễn Thị Hường".Normalize(NormalizationForm.FormD);
        var xlsxRow = Assert.Single(Rows(Xlsx(Sheet(Row(1, "Tên") + Row(2, decomposed)), SharedStrings()), "a.xlsx"));
        var csvRow = Assert.Single(Rows(Csv("Tên\n" + decomposed + "\n"), "a.csv"));
        Assert.Equal("Nguyễn Thị Hường", xlsxRow[0].Text);
        Assert.Equal("Nguyễn Thị Hường", csvRow[0].Text);
        Assert.True(xlsxRow[0].Text!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void DecomposedSharedStrings_ComeOutPrecomposed()
    {
        var sheet = Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>""");
        var row = Assert.Single(Rows(Xlsx(sheet, SharedStrings("Tên", "Đặng Thị Thu Hà".Normalize(NormalizationForm.FormD))), "a.xlsx"));
        Assert.Equal("Đặng Thị Thu Hà", row[0].Text);
    }

    [Fact]
    public void TextCells_AreTrimmed_IncludingNonBreakingAndZeroWidthSpaces()
    {
        var row = Assert.Single(Rows(Csv("Tên\n\"\u00A0 Lê Văn Tám\u200B \"\n"), "a.csv"));
        Assert.Equal("Lê Văn Tám", row[0].Text);
    }

    /// <summary>Samples with at least three words that have diacritics, abbreviations aside.</summary>
    private static IEnumerable<string> SeveralWords() =>
        Vietnamese().Where(t => !t.StartsWith("TĐKT", StringComparison.Ordinal) && t.Split(' ').Count(w => w.Any(c => c > 127)) >= 3);

    private static IEnumerable<string> Vietnamese() =>
        VietnameseCorpus.People.Concat(VietnameseCorpus.Units).Concat(VietnameseCorpus.Sentences).Where(t => t.Any(c => c > 127 && char.IsLetter(c)));

    // Test-side encoders, written from the code tables independently of the detector's decoders.
    // Order in each entry: no tone, sắc, huyền, hỏi, ngã, nặng.
    private static readonly Dictionary<char, string> Tcvn3Vowels = new()
    {
        ['a'] = "a¸µ¶·¹", ['â'] = "©ÊÇÈÉË", ['ă'] = "¨¾»¼½Æ", ['e'] = "eÐÌÎÏÑ", ['ê'] = "ªÕÒÓÔÖ", ['o'] = "oãßáâä",
        ['ô'] = "«èåæçé", ['ơ'] = "¬íêëìî", ['u'] = "uóïñòô", ['ư'] = "\u00ADøõö÷ù", ['i'] = "iÝ×ØÜÞ", ['y'] = "yýúûüþ",
    };

    private static readonly Dictionary<char, char> Tcvn3Capitals = new() { ['Ă'] = '¡', ['Â'] = '¢', ['Ê'] = '£', ['Ô'] = '¤', ['Ơ'] = '¥', ['Ư'] = '¦', ['Đ'] = '§', ['đ'] = '®' };

    private static string ToTcvn3(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (Tcvn3Capitals.TryGetValue(c, out var capital))
            {
                builder.Append(capital);
            }
            else if (Split(c) is var (vowel, tone) && Tcvn3Vowels.TryGetValue(vowel, out var forms) && (tone > 0 || vowel is 'â' or 'ă' or 'ê' or 'ô' or 'ơ' or 'ư' || !char.IsUpper(c)))
            {
                // Toned capitals do not exist in .VnTime: typists used the lower-case letter (or the .VnTimeH font, same codes).
                builder.Append(tone == 0 && char.IsUpper(c) ? char.ToUpperInvariant(forms[0]) : forms[tone]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string ToVni(string text)
    {
        const string tones = "\0ùøûõï";
        const string circumflexTones = "âáàåãä";
        const string breveTones = "êéèúüë";
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var upper = char.IsUpper(c);
            string piece;
            if (c is 'đ' or 'Đ')
            {
                piece = "ñ";
            }
            else if (Split(c) is var (vowel, tone) && "aâăeêioôơuưy".Contains(vowel, StringComparison.Ordinal))
            {
                piece = vowel switch
                {
                    'i' => tone == 0 ? "i" : "\0íìæóò"[tone].ToString(),
                    'y' when tone == 5 => "î",
                    'â' or 'ê' or 'ô' => $"{(char)(vowel switch { 'â' => 'a', 'ê' => 'e', _ => 'o' })}{circumflexTones[tone]}",
                    'ă' => $"a{breveTones[tone]}",
                    'ơ' => tone == 0 ? "ô" : $"ô{tones[tone]}",
                    'ư' => tone == 0 ? "ö" : $"ö{tones[tone]}",
                    _ => tone == 0 ? vowel.ToString() : $"{vowel}{tones[tone]}",
                };
            }
            else
            {
                builder.Append(c);
                continue;
            }

            builder.Append(upper ? piece.ToUpperInvariant() : piece);
        }

        return builder.ToString();
    }

    /// <summary>The lower-case base vowel (â, ơ… kept) and the tone index of a letter.</summary>
    private static (char Vowel, int Tone) Split(char letter)
    {
        var decomposed = letter.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var tone = 0;
        var baseLetter = new StringBuilder();
        foreach (var c in decomposed)
        {
            var index = "\u0301\u0300\u0309\u0303\u0323".IndexOf(c, StringComparison.Ordinal);
            if (index >= 0)
            {
                tone = index + 1;
            }
            else
            {
                baseLetter.Append(c);
            }
        }

        var composed = baseLetter.ToString().Normalize(NormalizationForm.FormC);
        return (composed.Length == 1 ? composed[0] : '\0', tone);
    }
}
