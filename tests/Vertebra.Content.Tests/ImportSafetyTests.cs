using System.Diagnostics;
using Vertebra.Content.Export;
using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Tests.Support;

namespace Vertebra.Content.Tests;

/// <summary>
/// Issue 19, findings 5, 6 and 10: what imported data may name (slugs, file names, links) and which files an
/// importer may open.
/// </summary>
public sealed class ImportSafetyTests
{
    private static string Document(string attributes, string focus = "Test condition") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document {attributes}>
        <Focus>{focus}</Focus>
        <QAPairs>
          <QAPair pid="1"><Question qtype="information">What is test condition ?</Question><Answer>It is a test.</Answer></QAPair>
        </QAPairs>
        </Document>
        """;

    [Theory]
    [InlineData("source=\"../../../../../../tmp/x/pwned\" url=\"https://example.org/a\"")]
    [InlineData("source=\"GHR/../../etc\" url=\"https://example.org/a\"")]
    [InlineData("source=\"G H R;rm\" url=\"https://example.org/a\"")]
    public void MedQuad_SourceWithPathCharacters_NeverReachesTheSlug(string attributes)
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml", Document(attributes));

        var batch = MedQuadXmlImporter.Read(temp.Path);

        var article = Assert.Single(batch.Articles);
        Assert.True(Slugs.IsValid(article.Slug), article.Slug);
        Assert.All(batch.QaPairs, q => Assert.DoesNotContain('/', q.Id));
        Assert.All(batch.QaPairs, q => Assert.DoesNotContain("..", q.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0000001 $(touch x).xml")]
    [InlineData("0000001..xml")]
    [InlineData("..0000001.xml")]
    [InlineData("a%2F..%2Fb.xml")]
    public void MedQuad_FileNameWithUnsafeCharacters_GivesASafeSlugAndId(string fileName)
    {
        using var temp = new TempFolder();
        temp.Write(fileName, Document("source=\"GHR\" url=\"https://example.org/a\""));

        var batch = MedQuadXmlImporter.Read(temp.Path);

        var article = Assert.Single(batch.Articles);
        Assert.True(Slugs.IsValid(article.Slug), article.Slug);
        Assert.All(batch.QaPairs, q => Assert.Matches("^[A-Za-z0-9_.-]+$", q.Id));
        Assert.All(batch.QaPairs, q => Assert.DoesNotContain("..", q.Id.Replace(".txt", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../escaped")]
    [InlineData("/tmp/escaped")]
    [InlineData("a/../../escaped")]
    public void Export_ArticleWhoseSlugLeavesTheFolder_WritesNothingOutsideIt(string slug)
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out", "deeper");
        var article = new Article { Slug = slug, Title = "Escaped", Summary = "s", Body = "b\n" };

        try
        {
            MarkdownFolderExporter.Write(target, [article], [], [], [], []);
        }
        catch (IOException)
        {
            // Refusing is fine; writing outside the folder is not.
        }

        var outside = Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFullPath(f).StartsWith(Path.GetFullPath(target) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(outside);
        Assert.False(File.Exists("/tmp/escaped.md"));
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/phish")]
    [InlineData("/articles/our-own")]
    [InlineData("ftp://example.org/a")]
    [InlineData("https:///no-host")]
    [InlineData("vbscript:msgbox(1)")]
    public void MedQuad_UrlThatIsNotHttpWithAHost_IsDroppedWithASummaryLine(string url)
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml", Document($"source=\"GHR\" url=\"{System.Security.SecurityElement.Escape(url)}\""));

        var batch = MedQuadXmlImporter.Read(temp.Path);

        var article = Assert.Single(batch.Articles);
        Assert.All(batch.QaPairs, q => Assert.Null(q.Url));
        Assert.Empty(article.References);
        Assert.Null(article.Attribution?.Url);
        Assert.Contains(batch.Skipped, s => s.Reason.Contains("link", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/phish")]
    [InlineData("/articles/our-own")]
    [InlineData("mailto:someone@example.org")]
    public void QaJsonl_UrlThatIsNotHttpWithAHost_IsDroppedWithASummaryLine(string url)
    {
        using var temp = new TempFolder();
        var line = System.Text.Json.JsonSerializer.Serialize(new { id = "X_1", question = "What is it?", answer = "A thing.", url });
        var path = temp.Write("pairs.jsonl", line + "\n");

        var batch = QaJsonlImporter.Read(path);

        Assert.Null(Assert.Single(batch.QaPairs).Url);
        Assert.Contains(batch.Skipped, s => s.Reason.Contains("link", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void QaJsonl_HttpsUrlWithAHost_IsKept()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pairs.jsonl", "{\"id\":\"X_1\",\"question\":\"Q?\",\"url\":\"https://medlineplus.gov/backpain.html\"}\n");

        var batch = QaJsonlImporter.Read(path);

        Assert.Equal("https://medlineplus.gov/backpain.html", Assert.Single(batch.QaPairs).Url);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public void MedQuad_SymlinkedFolderAndDevZeroLink_AreSkippedWithASummaryLine()
    {
        using var outside = new TempFolder();
        outside.Write("secret/0000009.xml", Document("source=\"GHR\" url=\"https://example.org/a\"", "Outside"));
        using var temp = new TempFolder();
        temp.Write("0000001.xml", Document("source=\"GHR\" url=\"https://example.org/a\""));
        Directory.CreateSymbolicLink(temp.File("linked"), Path.Combine(outside.Path, "secret"));
        File.CreateSymbolicLink(temp.File("a.xml"), "/dev/zero");

        var batch = MedQuadXmlImporter.Read(temp.Path);

        Assert.Equal("Test condition", Assert.Single(batch.Articles).Title);
        Assert.Contains(batch.Skipped, s => s.Where.EndsWith("linked", StringComparison.Ordinal));
        Assert.Contains(batch.Skipped, s => s.Where.EndsWith("a.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MedQuad_Fifo_IsSkippedInsteadOfHanging()
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml", Document("source=\"GHR\" url=\"https://example.org/a\""));
        MakeFifo(temp.File("b.xml"));

        var read = Task.Run(() => MedQuadXmlImporter.Read(temp.Path));
        var batch = await FinishOrReleaseAsync(read, temp.File("b.xml"));

        Assert.Contains(batch.Skipped, s => s.Where.EndsWith("b.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownFolder_SymlinkedArticle_IsSkippedWithASummaryLine()
    {
        using var outside = new TempFolder();
        outside.Write("elsewhere.md", "---\nslug: elsewhere\ntitle: Elsewhere\nsummary: s\n---\nText.\n");
        using var temp = new TempFolder();
        File.CreateSymbolicLink(temp.File("linked.md"), outside.File("elsewhere.md"));

        var batch = MarkdownFolderImporter.Read(temp.Path, KnownIds.None);

        Assert.Empty(batch.Articles);
        Assert.Contains(batch.Skipped, s => s.Where.EndsWith("linked.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QaJsonl_FifoPath_IsRefusedWithAClearMessage()
    {
        using var temp = new TempFolder();
        MakeFifo(temp.File("pairs.jsonl"));

        var read = Task.Run(() => QaJsonlImporter.Read(temp.File("pairs.jsonl")));
        var ex = await Assert.ThrowsAsync<ContentImportException>(() => FinishOrReleaseAsync(read, temp.File("pairs.jsonl")));

        Assert.Contains("not a regular file", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Waits for the import; if it hangs on the FIFO, opens its other end so the test host is not left blocked.</summary>
    private static async Task<ContentBatch> FinishOrReleaseAsync(Task<ContentBatch> read, string fifo)
    {
        try
        {
            return await read.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await using (File.OpenWrite(fifo))
            {
            }

            throw new Xunit.Sdk.XunitException("the import hung on a FIFO");
        }
    }

    [Fact]
    public void MedQuad_XmlNested200000Deep_IsRefusedWithAMessage()
    {
        using var temp = new TempFolder();
        const int depth = 200_000;
        var xml = "<Document source=\"GHR\"><Focus>Deep</Focus>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</Document>";
        var path = temp.Write("0000001.xml", xml);

        // Run on a thread with a small stack, as a thread-pool thread of a busy server would have.
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                MedQuadXmlImporter.Read(temp.Path);
            }
            catch (ContentImportException ex)
            {
                caught = ex;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();

        var refused = Assert.IsType<ContentImportException>(caught);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("deep", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
