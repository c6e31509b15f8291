namespace Vertebra.Content.Tests.Support;

/// <summary>Small article files used by several tests.</summary>
internal static class Samples
{
    /// <summary>A complete article using every front matter key. Line numbers are relied on by tests.</summary>
    public const string FullArticle =
        """
        ---
        slug: sample-article
        title: "Sample: a good article"
        summary: A short summary for patients.
        topics: [slipped-disc, treatments]
        conditions: [lumbar-disc-herniation, cervical-disc-herniation]
        author: Dr Example
        medical_reviewer: Dr Reviewer
        status: in_review
        published: 2026-01-02
        last_reviewed: 2026-03-04
        next_review_due: 2027-03-04
        language: en-GB
        featured: true
        previous: other-article
        next: third-article
        references:
          - name: "NHS: Sciatica"
            url: https://www.nhs.uk/conditions/sciatica/
          - name: NASS guideline
            url: https://pubmed.ncbi.nlm.nih.gov/24239490/
        attribution:
          source: National Institutes of Health
          url: https://www.ninds.nih.gov/
          licence: CC BY 4.0
        ---

        # A heading

        Body text with **bold** and a [link](https://example.org/).

        """;

    /// <summary>The smallest valid article: slug, title, summary and a body.</summary>
    public static string Minimal(string slug = "minimal-article", string extraFront = "", string body = "Some body text.") =>
        $"---\nslug: {slug}\ntitle: Minimal article\nsummary: A summary.\n{extraFront}---\n\n{body}\n";
}
