using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Vertebra.Bench.LiveQa;

/// <summary>The README's baseline: SQLite FTS5 bm25 over question + focus + answer, OR of the question's words.</summary>
internal sealed partial class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly IReadOnlySet<string>? stopWords;

    public Fts5Baseline(IEnumerable<CorpusPair> corpus, string tokenizer = "unicode61", IReadOnlySet<string>? stopWords = null)
    {
        this.stopWords = stopWords;
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, question, focus, answer, tokenize='{tokenizer}')";
            create.ExecuteNonQuery();
        }

        using var tx = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(id, question, focus, answer) VALUES ($id, $q, $f, $a)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var q = insert.Parameters.Add("$q", SqliteType.Text);
        var f = insert.Parameters.Add("$f", SqliteType.Text);
        var a = insert.Parameters.Add("$a", SqliteType.Text);
        foreach (var p in corpus)
        {
            id.Value = p.Id;
            q.Value = p.Question;
            f.Value = p.Focus;
            a.Value = p.Answer;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    public List<string> Ask(string question, int top = 10)
    {
        var words = Word().Matches(question).Select(m => m.Value.ToLowerInvariant()).Where(w => stopWords is null || !stopWords.Contains(w)).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var match = new StringBuilder();
        foreach (var w in words)
        {
            if (match.Length > 0)
            {
                match.Append(" OR ");
            }

            match.Append('"').Append(w).Append('"');
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM docs WHERE docs MATCH $m ORDER BY bm25(docs) LIMIT $n";
        cmd.Parameters.AddWithValue("$m", match.ToString());
        cmd.Parameters.AddWithValue("$n", top);
        var ids = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Dispose() => connection.Dispose();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
