namespace Vertebra.Web.Answers;

/// <summary>A piece of an answer: a paragraph, or a list kept as a list.</summary>
/// <param name="Paragraph">The paragraph's text, or null for a list.</param>
/// <param name="Items">The list's items; empty for a paragraph.</param>
public sealed record AnswerBlock(string? Paragraph, IReadOnlyList<string> Items)
{
    public bool IsList => Paragraph is null;
}

/// <summary>
/// Plain answer text (a MedQuAD answer) as paragraphs and lists: lines that start with "- " or "* " are list items,
/// and MedQuAD's lists written on one line ("- first. - second.") are split into their items.
/// </summary>
public static class AnswerText
{
    public static IReadOnlyList<AnswerBlock> Blocks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<AnswerBlock>();
        List<string>? items = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                items ??= [];
                items.AddRange(line[2..].Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                continue;
            }

            if (items is not null)
            {
                blocks.Add(new AnswerBlock(null, items));
                items = null;
            }

            blocks.Add(new AnswerBlock(line, []));
        }

        if (items is not null)
        {
            blocks.Add(new AnswerBlock(null, items));
        }

        return blocks;
    }
}
