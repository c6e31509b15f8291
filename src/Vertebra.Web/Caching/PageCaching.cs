namespace Vertebra.Web.Caching;

/// <summary>The output-cache names pages use; the policies themselves are set up by the host.</summary>
public static class PageCaching
{
    /// <summary>The output-cache tag of every page built from content; <see cref="OutputCacheEviction"/> evicts it when content changes.</summary>
    public const string ContentTag = "content";

    /// <summary>The output-cache policy for pages built only from published content (no forms, no personal data).</summary>
    public const string ContentPolicy = "content-pages";

    /// <summary>The home page: as <see cref="ContentPolicy"/>, kept apart for browsers that ask for Chinese first (they see a notice).</summary>
    public const string HomePolicy = "home-page";

    /// <summary>The output-cache policy for pages built from the search index (search, ask): as <see cref="ContentPolicy"/>, per index generation.</summary>
    public const string SearchPolicy = "search-pages";
}
