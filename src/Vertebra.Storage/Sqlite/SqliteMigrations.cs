using Vertebra.Storage.Sql;

namespace Vertebra.Storage.Sqlite;

/// <summary>The SQLite schema: <see cref="SchemaSteps"/> in SQLite's words (rowid keeps insertion order; NOCASE sorts titles).</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> All { get; } = SchemaSteps.For(new SchemaWords(
        BigInteger: "INTEGER",
        Identity: "INTEGER PRIMARY KEY",
        TitleIndex: "title COLLATE NOCASE",
        InsertionOrderColumn: "",
        PairsByArticle: "article_slug",
        PairsExtraIndex: "",
        UsersExtraIndex: "",
        Bytes: "BLOB"));
}
