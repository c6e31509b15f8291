namespace Vertebra.Settings;

/// <summary>Where things live inside the data folder and the bundled content folder: each path spelled once.</summary>
public static class DataFolders
{
    /// <summary>The search index folder inside the data folder.</summary>
    public static string Index(string dataDirectory) => Path.Combine(dataDirectory, "index");

    /// <summary>The site's data-protection keys inside the data folder.</summary>
    public static string Keys(string dataDirectory) => Path.Combine(dataDirectory, "keys");

    /// <summary>The guidance rule set inside the content folder.</summary>
    public static string Guidance(string contentDirectory) => Path.Combine(contentDirectory, "guidance");

    /// <summary>The claim checker's patterns inside the content folder.</summary>
    public static string ClaimsFile(string contentDirectory) => Path.Combine(contentDirectory, "claims.yaml");

    /// <summary>Query-understanding data (synonyms, question types) inside the content folder.</summary>
    public static string SearchData(string contentDirectory) => Path.Combine(contentDirectory, "search");

    /// <summary>The interoperability data (CDS card sources, ICD-10 aliases) inside the content folder.</summary>
    public static string Interop(string contentDirectory) => Path.Combine(contentDirectory, "interop");

    /// <summary>The bundled articles inside the content folder.</summary>
    public static string Articles(string contentDirectory) => Path.Combine(contentDirectory, "articles");
}
