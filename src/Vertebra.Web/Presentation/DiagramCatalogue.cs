namespace Vertebra.Web.Presentation;

/// <summary>One picture of a diagram (a diagram may set two side by side), served at <c>/diagrams/{File}</c>.</summary>
/// <param name="File">The SVG file in Assets/diagrams.</param>
/// <param name="Alt">The text alternative: what the picture shows, in plain words.</param>
/// <param name="Width">Its width in CSS pixels at full size (the SVG's own width).</param>
/// <param name="Height">Its height in CSS pixels at full size.</param>
internal sealed record DiagramPanel(string File, string Alt, int Width, int Height);

/// <summary>A simple diagram we drew, with a caption, and the articles and conditions it explains.</summary>
/// <param name="Id">A short name.</param>
/// <param name="Panels">The pictures, in reading order.</param>
/// <param name="Caption">The caption under the pictures.</param>
/// <param name="Articles">Slugs of the articles that show it.</param>
/// <param name="Conditions">Ids of the conditions whose pages show it.</param>
internal sealed record Diagram(string Id, IReadOnlyList<DiagramPanel> Panels, string Caption, IReadOnlyList<string> Articles, IReadOnlyList<string> Conditions);

/// <summary>
/// The diagrams of the site, where a picture explains better than words. They are SVG files of our own drawing,
/// served from this site (the Content-Security-Policy allows images from the same origin only).
/// </summary>
internal static class DiagramCatalogue
{
    public static IReadOnlyList<Diagram> All { get; } =
    [
        new(
            "disc-herniation",
            [
                new("disc-healthy.svg", "A healthy disc seen from above: a tough outer ring around a soft centre, with the spinal nerves behind it and a nerve root leaving on each side with room around it.", 320, 300),
                new("disc-herniated.svg", "A herniated disc seen from above: part of the soft centre has pushed out through a tear in the outer ring and presses on the nerve root on one side.", 320, 300),
            ],
            "A healthy disc, and a herniated disc pressing on a nerve root. The pressure on the nerve causes the pain, numbness or weakness. The bulge often shrinks by itself over weeks or months.",
            [
                "massage-for-lumbar-disc-herniation",
                "massage-safety-with-a-herniated-disc",
                "why-a-herniated-disc-cannot-be-pushed-back",
                "when-is-surgery-needed-for-a-herniated-disc",
                "endoscopic-discectomy",
                "cervical-disc-herniation",
                "chinese-medicine-for-a-bulging-disc",
            ],
            ["lumbar-disc-herniation", "cervical-disc-herniation"]),
        new(
            "cauda-equina",
            [
                new("cauda-equina.svg", "The lower spine seen from behind. The spinal cord ends near the waist. Below it, a bundle of nerves called the cauda equina runs down inside the spine to the sacrum, with nerves leaving at each level.", 360, 410),
            ],
            "Where the cauda equina nerves run. They work the bladder, bowels and sex organs, and feeling and strength in the legs. That is why pressure on them is an emergency.",
            ["cauda-equina-syndrome-warning-signs"],
            []),
        new(
            "sciatica",
            [
                new("sciatica-path.svg", "The lower body seen from behind. A nerve root is pressed in the lower back, and the pain follows the sciatic nerve through the buttock, down the back of the thigh and into the calf and foot.", 376, 420),
            ],
            "How sciatica travels: a pressed nerve root in the lower back can cause pain, numbness or tingling anywhere along the nerve, down to the foot.",
            ["sciatica", "traction-for-back-pain-and-sciatica"],
            []),
        new(
            "scoliosis",
            [
                new("spine-normal.svg", "A normal spine seen from behind: straight down the middle of the back, with level shoulders.", 300, 360),
                new("spine-scoliosis.svg", "A spine with scoliosis seen from behind: it curves to the side in an S shape, and one shoulder is higher than the other.", 300, 360),
            ],
            "A normal spine and a spine with scoliosis, seen from behind. Scoliosis is a sideways curve of the spine.",
            ["scoliosis"],
            ["scoliosis"]),
    ];

    /// <summary>The diagram an article shows, if any.</summary>
    public static Diagram? ForArticle(string slug) => All.FirstOrDefault(d => d.Articles.Contains(slug, StringComparer.Ordinal));

    /// <summary>The diagram a condition's page shows, if any.</summary>
    public static Diagram? ForCondition(string id) => All.FirstOrDefault(d => d.Conditions.Contains(id, StringComparer.Ordinal));

    /// <summary>
    /// Splits an article's HTML after its first part (before its second heading), where a diagram goes: beside the
    /// words it explains, without pushing the start of the text off the first screen. No second heading: all of it
    /// comes first.
    /// </summary>
    public static (string First, string Remainder) SplitAfterFirstPart(string bodyHtml)
    {
        var first = bodyHtml.IndexOf("<h2", StringComparison.Ordinal);
        var second = first < 0 ? -1 : bodyHtml.IndexOf("<h2", first + 3, StringComparison.Ordinal);
        return second < 0 ? (bodyHtml, "") : (bodyHtml[..second], bodyHtml[second..]);
    }
}
