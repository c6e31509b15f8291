using System.IO.Compression;
using System.Text;
using Vertebra.Content.Import;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class QaJsonlImporterTests
{
    private const string Corpus = "data/medquad/corpus.jsonl.gz";

    private const string TwoPairs =
        """
        {"id": "GHR_0000001_Sec1.txt", "source": "GHR", "focus": "Aarskog-Scott syndrome", "qtype": "information", "question": "What is (are) Aarskog-Scott syndrome ?", "answer": "A genetic disorder.", "url": "https://ghr.nlm.nih.gov/condition/aarskog-scott-syndrome"}
        {"id": "ADAM_0000001_Sec1.txt", "source": "ADAM", "question": "What is a guide to clinical trials ?", "answer": "", "licence": "Question only; answer withheld by A.D.A.M."}

        """;

    [SharedDataFact(Corpus)]
    public void Read_SharedMedQuadCorpus_Gives47457PairsOf16423HaveAnswerText()
    {
        var batch = QaJsonlImporter.Read(RepositoryPaths.SharedFile(Corpus));

        Assert.Equal(47_457, batch.QaPairs.Count);
        Assert.Equal(16_423, batch.QaPairs.Count(q => q.HasAnswerText));
        Assert.Empty(batch.Skipped);
        Assert.Empty(batch.Articles);
        Assert.All(batch.QaPairs, q => Assert.Equal(MedQuadSources.Licence, q.Licence));
        Assert.Contains(batch.QaPairs, q => q.Id == "NINDS_0000007_Sec1.txt");
    }

    [Fact]
    public void Read_PlainFile_ReadsEveryField()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", TwoPairs);

        var batch = QaJsonlImporter.Read(path);

        Assert.Equal(2, batch.QaPairs.Count);
        var first = batch.QaPairs[0];
        Assert.Equal("GHR_0000001_Sec1.txt", first.Id);
        Assert.Equal("GHR", first.Source);
        Assert.Equal("Aarskog-Scott syndrome", first.Focus);
        Assert.Equal("information", first.QuestionType);
        Assert.Equal("What is (are) Aarskog-Scott syndrome ?", first.Question);
        Assert.Equal("A genetic disorder.", first.Answer);
        Assert.Equal("https://ghr.nlm.nih.gov/condition/aarskog-scott-syndrome", first.Url);
        Assert.True(first.HasAnswerText);
        Assert.False(batch.QaPairs[1].HasAnswerText);
        Assert.Null(batch.QaPairs[1].Url);
    }

    [Fact]
    public void Read_GzippedFile_GivesTheSamePairsAsThePlainOne()
    {
        using var temp = new TempFolder();
        var plain = temp.Write("pairs.jsonl", TwoPairs);
        var zipped = temp.File("pairs.jsonl.gz");
        using (var output = File.Create(zipped))
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(TwoPairs));
        }

        Assert.Equal(QaJsonlImporter.Read(plain).QaPairs, QaJsonlImporter.Read(zipped).QaPairs);
    }

    [Fact]
    public void Read_Licence_DefaultsButAPerLineLicenceIsKept()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", TwoPairs + "{\"id\": \"x\", \"question\": \"Why?\", \"license\": \"American spelling\"}\n");

        var pairs = QaJsonlImporter.Read(path, defaultLicence: "Our default licence").QaPairs;

        Assert.Equal("Our default licence", pairs[0].Licence);
        Assert.Equal("Question only; answer withheld by A.D.A.M.", pairs[1].Licence);
        Assert.Equal("American spelling", pairs[2].Licence);
        Assert.Equal(MedQuadSources.Licence, QaJsonlImporter.Read(path).QaPairs[0].Licence);
    }

    [Theory]
    [InlineData("{\"question\": \"What is it?\"}", "'id'")]
    [InlineData("{\"id\": \"\", \"question\": \"What is it?\"}", "'id'")]
    [InlineData("{\"id\": 12, \"question\": \"What is it?\"}", "'id'")]
    [InlineData("{\"id\": \"a\"}", "'question'")]
    [InlineData("{\"id\": \"a\", \"question\": \"   \"}", "'question'")]
    [InlineData("{\"id\": \"a\", \"question\": \"What", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[1, 2, 3]", "one JSON object")]
    public void Read_BadLine_NamesFileAndLine(string badLine, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", TwoPairs + "\n" + badLine + "\n" + TwoPairs);

        var error = Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path));

        Assert.Equal(path, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_NamesFileAndLine()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes(TwoPairs), .. "{\"id\": \"c\", \"question\": \"Bad "u8, 0xC3, 0x28, .. " byte\"}\n"u8, .. Encoding.UTF8.GetBytes(TwoPairs)];
        var path = temp.WriteBytes("pairs.jsonl", bytes);

        var error = Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path));

        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8DeepInALargeFile_NamesTheRightLine()
    {
        using var temp = new TempFolder();
        var good = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            good.Append("{\"id\": \"id-").Append(i).Append("\", \"question\": \"Question number ").Append(i).Append("?\"}\n");
        }

        byte[] bytes = [.. Encoding.UTF8.GetBytes(good.ToString()), .. "{\"id\": \"bad\", \"question\": \""u8, 0xC3, 0x28, .. "\"}\n"u8];
        var path = temp.WriteBytes("pairs.jsonl", bytes);

        var error = Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path));

        Assert.Equal(2001, error.Line);
    }

    [Fact]
    public void Read_LineOverTheLimit_NamesFileAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", TwoPairs + "{\"id\": \"long\", \"question\": \"" + new string('x', 500) + "\"}\n");

        var error = Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path, limits: new ImportLimits { MaxLineChars = 300 }));

        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("longer than the limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("中")]
    [InlineData("👍")]
    [InlineData("é")]
    public void Read_LineOfMultiByteCharactersWithinTheCharacterLimit_IsAccepted(string unit)
    {
        using var temp = new TempFolder();
        var question = string.Concat(Enumerable.Repeat(unit, 120));
        var path = temp.Write("pairs.jsonl", "{\"id\": \"wide\", \"question\": \"" + question + "\"}\n");

        var pair = Assert.Single(QaJsonlImporter.Read(path, limits: new ImportLimits { MaxLineChars = 300 }).QaPairs);

        Assert.Equal(question, pair.Question);
    }

    [Fact]
    public void Read_DataOverTheStreamLimit_IsRefused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", TwoPairs + new string(' ', 4000) + "\n");

        var error = Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path, limits: new ImportLimits { MaxStreamBytes = 1000 }));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateIds_KeepsTheFirstAndSkipsTheRestWithAReason()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", TwoPairs + "{\"id\": \"GHR_0000001_Sec1.txt\", \"question\": \"A second copy?\"}\n");

        var batch = QaJsonlImporter.Read(path);

        Assert.Equal(2, batch.QaPairs.Count);
        Assert.Equal("What is (are) Aarskog-Scott syndrome ?", batch.QaPairs[0].Question);
        var skip = Assert.Single(batch.Skipped);
        Assert.Contains("line 3", skip.Where, StringComparison.Ordinal);
        Assert.Contains("GHR_0000001_Sec1.txt", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsRefused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", "");
        Assert.Contains("empty", Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyBlankLines_SaysThereAreNoPairs()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", "\n\n  \n");
        Assert.Contains("no question", Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DamagedGzip_IsRefusedWithAMessage()
    {
        using var temp = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(TwoPairs, 50))));
        }

        var bytes = buffer.ToArray();
        for (var i = 20; i < bytes.Length - 8; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        var path = temp.WriteBytes("pairs.jsonl.gz", bytes);

        var error = Assert.Throws<ContentImportException>(() => QaJsonlImporter.Read(path));

        Assert.Equal(path, error.File);
    }

    [Fact]
    public void Read_CrLfLineEndingsAndByteOrderMark_AreAccepted()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("pairs.jsonl", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TwoPairs.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.Equal(2, QaJsonlImporter.Read(path).QaPairs.Count);
    }

    [Fact]
    public void Read_CancelledToken_StopsTheRead()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\": \"{i}\", \"question\": \"Q{i}?\"}}\n")));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => QaJsonlImporter.Read(path, cancellationToken: cancel.Token));
    }
}
