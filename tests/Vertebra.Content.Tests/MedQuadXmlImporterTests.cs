using System.IO.Compression;
using System.Text.Json;
using Vertebra.Content.Import;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class MedQuadXmlImporterTests
{
    private const string XmlFolder = "data/medquad/xml";

    private static readonly Lazy<ContentBatch> SharedBatch = new(() => MedQuadXmlImporter.Read(RepositoryPaths.SharedFile(XmlFolder)));

    [SharedDataFact(XmlFolder)]
    public void Read_SharedMedQuadXml_GivesOneArticlePerDocument()
    {
        var documents = Directory.EnumerateFiles(RepositoryPaths.SharedFile(XmlFolder), "*.xml", SearchOption.AllDirectories).ToList();
        var batch = SharedBatch.Value;

        Assert.Equal(documents.Count, batch.Articles.Count);
        Assert.Equal(batch.Articles.Count, batch.Articles.Select(a => a.Slug).Distinct().Count());
        Assert.All(batch.Articles, a =>
        {
            Assert.True(Slugs.IsValid(a.Slug), a.Slug);
            Assert.Equal([MedQuadXmlImporter.TopicSlug], a.Topics);
            Assert.NotNull(a.Attribution);
            Assert.Equal(MedQuadSources.Licence, a.Attribution.Licence);
        });
        Assert.Equal(MedQuadXmlImporter.TopicSlug, Assert.Single(batch.Topics).Slug);
    }

    [SharedDataFact(XmlFolder)]
    public void Read_SharedMedQuadXml_KeepsEveryPairUnderItsBenchmarkId()
    {
        var batch = SharedBatch.Value;
        var slugs = batch.Articles.Select(a => a.Slug).ToHashSet();

        Assert.Equal(batch.QaPairs.Count, batch.QaPairs.Select(q => q.Id).Distinct().Count());
        Assert.All(batch.QaPairs, q =>
        {
            Assert.Matches(@"^(GHR|NINDS)_[0-9]{7}(_[0-9]+)*_Sec[1-9][0-9]*\.txt$", q.Id);
            Assert.Contains(q.ArticleSlug!, slugs);
            Assert.Equal(MedQuadSources.Licence, q.Licence);
        });

        var first = Assert.Single(batch.QaPairs, q => q.Id == "GHR_0000001_Sec1.txt");
        Assert.Equal("GHR", first.Source);
        Assert.Equal("Aarskog-Scott syndrome", first.Focus);
        Assert.Equal("information", first.QuestionType);
        Assert.Equal("What is (are) Aarskog-Scott syndrome ?", first.Question);
        Assert.StartsWith("Aarskog-Scott syndrome is a genetic disorder", first.Answer, StringComparison.Ordinal);
        Assert.Equal("https://ghr.nlm.nih.gov/condition/aarskog-scott-syndrome", first.Url);
    }

    [SharedDataFact(XmlFolder)]
    public void Read_OldFormatDocument_TakesTheSourceFromTheCorpusAttribute()
    {
        var batch = SharedBatch.Value;

        var pairs = batch.QaPairs.Where(q => q.Id.StartsWith("NINDS_0000007_", StringComparison.Ordinal)).ToList();

        Assert.Equal(["NINDS_0000007_Sec1.txt", "NINDS_0000007_Sec2.txt", "NINDS_0000007_Sec3.txt", "NINDS_0000007_Sec4.txt"], pairs.Select(p => p.Id));
        Assert.All(pairs, p => Assert.Equal("NINDS", p.Source));
        Assert.Equal("Holmes-Adie", pairs[0].Focus);
        Assert.Equal("what is holmes-adie syndrome ?", pairs[0].Question);
        Assert.DoesNotContain(batch.QaPairs, q => q.Id.StartsWith("corpus_", StringComparison.Ordinal));
    }

    [SharedDataFact(XmlFolder, "data/medquad/corpus.jsonl.gz")]
    public void Read_SharedMedQuadXml_AgreesWithTheCorpusIdsAndQuestions()
    {
        var corpus = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var file = File.OpenRead(RepositoryPaths.SharedFile("data/medquad/corpus.jsonl.gz")))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            while (reader.ReadLine() is { } line)
            {
                using var doc = JsonDocument.Parse(line);
                var id = doc.RootElement.GetProperty("id").GetString()!;
                if (id.StartsWith("GHR_", StringComparison.Ordinal) || id.StartsWith("NINDS_", StringComparison.Ordinal))
                {
                    corpus[id] = Collapse(doc.RootElement.GetProperty("question").GetString()!);
                }
            }
        }

        var missing = new List<string>();
        foreach (var pair in SharedBatch.Value.QaPairs)
        {
            if (!corpus.TryGetValue(pair.Id, out var question))
            {
                missing.Add(pair.Id);
                continue;
            }

            Assert.True(question == Collapse(pair.Question), $"{pair.Id}: '{pair.Question}' but the corpus has '{question}'");
        }

        Assert.True(missing.Count == 0, "ids not in the corpus: " + string.Join(", ", missing.Take(20)));
    }

    [Fact]
    public void ReadDocument_PairNumbers_ArePositionsNotPidAttributes()
    {
        using var temp = new TempFolder();
        temp.Write("9_Test_QA/0000042.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document id="0000042" source="GHR" url="https://example.org/doc">
            <Focus>Test condition</Focus>
            <QAPairs>
              <QAPair pid="3"><Question qid="a" qtype="information">What is test condition ?</Question><Answer>It is a test.</Answer></QAPair>
              <QAPair pid="7"><Question qid="b" qtype="symptoms">What are the signs of test condition ?</Question><Answer>None.</Answer></QAPair>
              <QAPair pid="12"><Question qid="c" qtype="treatment">What are the treatments for test condition ?</Question><Answer></Answer></QAPair>
            </QAPairs>
            </Document>
            """);

        var batch = MedQuadXmlImporter.Read(temp.Path);

        Assert.Equal(["GHR_0000042_Sec1.txt", "GHR_0000042_Sec2.txt", "GHR_0000042_Sec3.txt"], batch.QaPairs.Select(q => q.Id));
        Assert.Equal(["information", "symptoms", "treatment"], batch.QaPairs.Select(q => q.QuestionType));
        Assert.False(batch.QaPairs[2].HasAnswerText);
        var article = Assert.Single(batch.Articles);
        Assert.Equal("Test condition", article.Title);
        Assert.Contains("## What is test condition?", article.Body, StringComparison.Ordinal);
        Assert.Contains("has not shared the text", article.Body, StringComparison.Ordinal);
        Assert.All(batch.QaPairs, q => Assert.Equal(article.Slug, q.ArticleSlug));
    }

    [Fact]
    public void ReadDocument_OldFormatWithoutSourceOrCorpus_UsesTheWordCorpus()
    {
        using var temp = new TempFolder();
        temp.Write("0000013_2_1.xml",
            "<doc docid=\"0000013_2_1\"><doctitle-focus>Back pain</doctitle-focus><qaPairs><pair pid=\"1\"><question qtype=\"information\">what is back pain ?</question><answer>Pain in the back.</answer></pair></qaPairs></doc>");

        var pair = Assert.Single(MedQuadXmlImporter.Read(temp.Path).QaPairs);

        Assert.Equal("corpus_0000013_2_1_Sec1.txt", pair.Id);
    }

    [Fact]
    public void ReadDocument_HerbsAndSupplementsSource_UsesTheShortIdCode()
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml",
            "<Document id=\"0000001\" source=\"MPlusHerbsSupplements\"><Focus>Ginger</Focus><QAPairs><QAPair pid=\"1\"><Question qtype=\"usage\">What is Ginger used for ?</Question><Answer /></QAPair></QAPairs></Document>");

        Assert.Equal("MPlusHerbsSuppls_0000001_Sec1.txt", Assert.Single(MedQuadXmlImporter.Read(temp.Path).QaPairs).Id);
    }

    [Fact]
    public void ReadDocument_AnswerWithMarkdownAndHtmlLookalikes_IsEscapedInTheBody()
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml",
            "<Document id=\"0000001\" source=\"GHR\"><Focus>Test</Focus><QAPairs><QAPair pid=\"1\"><Question qtype=\"information\">What is Test ?</Question>" +
            "<Answer>&lt;script&gt;alert(1)&lt;/script&gt; and [a link](javascript:alert(1)) and *stars*</Answer></QAPair></QAPairs></Document>");

        var article = Assert.Single(MedQuadXmlImporter.Read(temp.Path).Articles);
        var html = new Rendering.ArticleHtmlRenderer().Render(article.Body);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.Contains("*stars*", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE Document [<!ENTITY boom \"boom\">]>\n<Document source=\"GHR\"><Focus>&boom;</Focus></Document>")]
    [InlineData("<!DOCTYPE Document SYSTEM \"file:///etc/passwd\">\n<Document source=\"GHR\"><Focus>x</Focus></Document>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<Document source=\"GHR\"><Focus>&lol2;</Focus></Document>")]
    public void Read_DocumentWithDtdOrEntities_IsRefusedWithAMessage(string xml)
    {
        using var temp = new TempFolder();
        var path = temp.Write("0000001.xml", xml);

        var error = Assert.Throws<ContentImportException>(() => MedQuadXmlImporter.Read(temp.Path));

        Assert.Equal(path, error.File);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_GivesFileAndLineNumber()
    {
        using var temp = new TempFolder();
        var path = temp.Write("0000001.xml", "<?xml version=\"1.0\"?>\n<Document source=\"GHR\">\n<Focus>Broken</Focus>\n<QAPairs>\n</Document>\n");

        var error = Assert.Throws<ContentImportException>(() => MedQuadXmlImporter.Read(temp.Path));

        Assert.Equal(path, error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("not well formed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocumentWithoutPairs_IsSkippedWithAReason()
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml", "<Document source=\"GHR\"><Focus>Empty</Focus><QAPairs></QAPairs></Document>");

        var batch = MedQuadXmlImporter.Read(temp.Path);

        Assert.Empty(batch.Articles);
        Assert.Contains("no question", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FolderWithoutXml_SaysSo()
    {
        using var temp = new TempFolder();
        var error = Assert.Throws<ContentImportException>(() => MedQuadXmlImporter.Read(temp.Path));
        Assert.Contains("no .xml files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OversizedDocument_IsRefused()
    {
        using var temp = new TempFolder();
        temp.Write("0000001.xml", "<Document source=\"GHR\"><Focus>" + new string('x', 5000) + "</Focus></Document>");
        var error = Assert.Throws<ContentImportException>(() => MedQuadXmlImporter.Read(temp.Path, new ImportLimits { MaxFileBytes = 1000 }));
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
