using System.Text.Json;

namespace Vertebra.Claims.Tests;

/// <summary>
/// Hand-written examples in Data/claim-examples.jsonl (written from the category definitions, not taken
/// from any evaluation set). Clinicians can add a line there when they add or change a phrase.
/// </summary>
public sealed class ClaimExamplesTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "claim-examples.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var expected = doc.RootElement.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
            data.Add(doc.RootElement.GetProperty("text").GetString()!, string.Join(",", expected));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Check_Example_FindsExactlyTheExpectedCategories(string text, string expected)
    {
        Assert.Equal(expected, string.Join(",", Checkers.Categories(text)));
    }
}
