using System.Text;
using System.Xml;
using System.Xml.Linq;
using Vertebra.Content.Model;

namespace Vertebra.Content.Import;

/// <summary>
/// Reads a folder of MedQuAD XML documents (any depth): one article per document, with its question–answer pairs
/// kept under the ids the LiveQA judgments use (SOURCE_DOCID_SecN.txt, N the pair's 1-based position).
/// XML with a DTD or entity declarations is refused.
/// </summary>
public static class MedQuadXmlImporter
{
    public const string TopicSlug = "nih-questions-and-answers";

    public static ContentBatch Read(string folder, ImportLimits? limits = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        limits ??= ImportLimits.Default;
        if (!Directory.Exists(folder))
        {
            throw new ContentImportException(folder, null, "the folder does not exist.");
        }

        var batch = new ContentBatch();
        var files = RegularFiles.Enumerate(folder, "*.xml", batch.Skipped);
        if (files.Count == 0)
        {
            throw new ContentImportException(folder, null, "the folder holds no .xml files.");
        }

        batch.Topics.Add(new Topic
        {
            Slug = TopicSlug,
            Title = "Questions and answers from the NIH",
            Description = "Answers written by United States National Institutes of Health websites, collected in MedQuAD. Shown with their source and licence.",
        });

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadDocument(files[i], limits, batch, slugs);
            progress?.Report(new ImportProgress(i + 1, files.Count, "documents"));
        }

        return batch;
    }

    internal static void ReadDocument(string path, ImportLimits limits, ContentBatch batch, HashSet<string> slugs)
    {
        var text = StrictText.ReadFile(path, limits);
        var root = Load(text, path);

        // The file name becomes part of ids, slugs and exported file names: letters, digits and underscores only.
        var docId = Slugs.SafeToken(Path.GetFileNameWithoutExtension(path), "document", join: '_', keep: "_");
        var sourceAttribute = (string?)root.Attribute("source") ?? (string?)root.Attribute("corpus");
        var source = MedQuadSources.IdCode(sourceAttribute);
        var url = (string?)root.Attribute("url");
        if (url is not null && !WebLinks.IsWebAddress(url))
        {
            batch.Skipped.Add(new ImportSkip(path, WebLinks.DroppedReason(url)));
            url = null;
        }

        var focus = Clean(root.Element("Focus")?.Value ?? root.Element("doctitle-focus")?.Value ?? "");
        var pairsParent = root.Element("QAPairs") ?? root.Element("qaPairs");
        var pairs = pairsParent?.Elements().Where(e => e.Name.LocalName is "QAPair" or "pair").ToList() ?? [];
        if (pairs.Count == 0)
        {
            batch.Skipped.Add(new ImportSkip(path, "the document has no question–answer pairs."));
            return;
        }

        if (focus.Length == 0)
        {
            throw new ContentImportException(path, LineOf(root), "the document has no focus (the condition or topic it is about).");
        }

        var slug = UniqueSlug(Slugs.FromTitle($"{Slugs.FromTitle(focus, 60)}-{source}-{docId}", 120), slugs);
        var title = focus.Length > ArticleLimits.MaxTitleChars ? Teasers.Cut(focus, ArticleLimits.MaxTitleChars) : focus;
        var body = new StringBuilder();
        var licence = MedQuadSources.Licence;
        string? summary = null;
        for (var n = 1; n <= pairs.Count; n++)
        {
            var pair = pairs[n - 1];
            var questionElement = pair.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("question", StringComparison.OrdinalIgnoreCase));
            var answerElement = pair.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("answer", StringComparison.OrdinalIgnoreCase));
            var question = Clean(questionElement?.Value ?? "");
            var id = $"{source}_{docId}_Sec{n}.txt";
            if (question.Length == 0)
            {
                batch.Skipped.Add(new ImportSkip($"{path}, line {LineOf(pair)}", $"pair {n} ({id}) has no question."));
                continue;
            }

            var answer = (answerElement?.Value ?? "").Trim();
            batch.QaPairs.Add(new QaPair
            {
                Id = id,
                Source = source,
                Focus = focus,
                QuestionType = (string?)questionElement?.Attribute("qtype") ?? "",
                Question = question,
                Answer = answer,
                Url = url,
                Licence = licence,
                ArticleSlug = slug,
            });

            body.Append("## ").Append(MarkdownEscaper.Escape(QuestionHeading(question))).Append("\n\n");
            body.Append(answer.Length > 0 ? MarkdownEscaper.Paragraphs(answer) : "The source has not shared the text of this answer. Read it on the source page.");
            body.Append("\n\n");
            summary ??= answer.Length > 0 ? Teasers.FirstSentences(Clean(answer), 200) : null;
        }

        batch.Articles.Add(new Article
        {
            Slug = slug,
            Title = title,
            Summary = summary ?? $"Questions and answers about {focus}.",
            Body = body.ToString().TrimEnd() + "\n",
            Topics = [TopicSlug],
            Author = MedQuadSources.DisplayName(source),
            Status = ArticleStatus.Published,
            References = url is null ? [] : [new Reference(MedQuadSources.DisplayName(source), url)],
            Attribution = new Attribution(MedQuadSources.DisplayName(source), url, licence),
        });
    }

    /// <summary>Deeper XML is refused before it is loaded: MedQuAD documents are four levels deep.</summary>
    public const int MaxDepth = 64;

    private static XElement Load(string text, string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersFromEntities = 0,
        };
        try
        {
            using (var scan = XmlReader.Create(new StringReader(text), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        throw new ContentImportException(path, ((IXmlLineInfo)scan).LineNumber,
                            $"the XML is nested more than {MaxDepth} levels deep, which is refused for safety.");
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(text), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return document.Root ?? throw new ContentImportException(path, null, "the XML has no root element.");
        }
        catch (XmlException ex)
        {
            var problem = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "the XML declares a DTD or entities, which are refused for safety."
                : $"the XML is not well formed: {ex.Message}";
            throw new ContentImportException(path, ex.LineNumber > 0 ? ex.LineNumber : null, problem, ex);
        }
    }

    private static string QuestionHeading(string question)
    {
        // MedQuAD questions are machine-made ("What is (are) X ?"); tidy the spacing before the mark.
        var q = question.Replace(" ?", "?", StringComparison.Ordinal);
        return q.Length > 0 ? char.ToUpperInvariant(q[0]) + q[1..] : q;
    }

    private static string UniqueSlug(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }

        return candidate;
    }

    private static int? LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
