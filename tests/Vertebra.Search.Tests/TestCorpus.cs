namespace Vertebra.Search.Tests;

/// <summary>A small fixed corpus for ranking regressions.</summary>
internal static class TestCorpus
{
    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Qa("hd-info", "Herniated disc", "information", "What is (are) Herniated disc ?", "A herniated disc happens when the soft center of a spinal disc pushes through a crack in its tough outer layer. It often causes back pain and sciatica."),
        Qa("hd-treat", "Herniated disc", "treatment", "What are the treatments for Herniated disc ?", "Most people get better with rest, pain medicine and physical therapy. Surgery such as discectomy is an option when leg pain lasts."),
        Qa("hd-causes", "Herniated disc", "causes", "What causes Herniated disc ?", "Discs wear with age. Lifting heavy things or twisting can make a weak disc rupture."),
        Qa("sci-info", "Sciatica", "information", "What is (are) Sciatica ?", "Sciatica is pain that runs from the low back down the back of the leg along the sciatic nerve."),
        Qa("sci-symp", "Sciatica", "symptoms", "What are the symptoms of Sciatica ?", "Burning or shooting pain down one leg, numbness and weakness."),
        Qa("lbp-causes", "Low back pain", "causes", "What causes Low back pain ?", "Strains, herniated discs, arthritis and poor posture can cause low back pain."),
        Qa("kyph-info", "Kyphosis", "information", "What is (are) Kyphosis ?", "Kyphosis is a forward rounding of the upper back."),
        Qa("kyph-inh", "Kyphosis", "inheritance", "Is Kyphosis inherited ?", "Some forms, such as Scheuermann kyphosis, run in families."),
        Qa("chiari-info", "Chiari malformation", "information", "What is (are) Chiari malformation ?", "In Chiari malformation part of the cerebellum extends into the spinal canal."),
        Qa("manip-info", "Spinal manipulation", "information", "What is (are) Spinal manipulation ?", "Spinal manipulation is a hands-on treatment in which a practitioner moves a joint of the spine."),
        Qa("massage-info", "Massage", "information", "What is (are) Massage ?", "Massage therapy presses and rubs muscles and soft tissue."),
        Qa("ibu-side", "Ibuprofen", "side effects", "What are the side effects or risks of Ibuprofen ?", "Ibuprofen may cause stomach upset, heartburn and, rarely, bleeding."),
        Qa("ibu-usage", "Ibuprofen", "usage", "How should Ibuprofen be used and what is the dosage ?", "Take ibuprofen with food or milk."),
        Qa("gout-treat", "Gout", "treatment", "What are the treatments for Gout ?", "Medicines lower uric acid and ease pain."),
        new SearchDocument
        {
            Id = "article-back-pain",
            Kind = SearchDocumentKind.Article,
            Title = "Living with low back pain",
            Focus = "Low back pain",
            Body = "Most low back pain gets better in a few weeks. Keep moving, use heat, and see a doctor if your leg becomes weak.",
            Url = "/articles/low-back-pain",
            Source = "Vertebra",
            Topics = ["low-back-pain"],
        },
    ];

    public static SearchIndex CreateIndex()
    {
        var index = SearchIndex.CreateInMemory();
        index.Rebuild(Documents);
        return index;
    }

    private static SearchDocument Qa(string id, string focus, string qtype, string question, string answer) => new()
    {
        Id = id,
        Kind = SearchDocumentKind.Qa,
        Title = question,
        Focus = focus,
        QType = qtype,
        Body = answer,
        Url = "https://example.org/" + id,
        Source = "TestSource",
    };
}
