using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vertebra.Storage.Copying;

/// <summary>Counts a table's rows and fingerprints their values, the same way whichever database they come from.</summary>
internal static class TableChecksum
{
    public static async Task<(long Rows, string Checksum)> ComputeAsync(DbConnection connection, DbTransaction? transaction, CopiedTable table, string orderBy, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {string.Join(", ", table.Columns)} FROM {table.Name} ORDER BY {orderBy}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long rows = 0;
        var line = new StringBuilder();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            line.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                line.Append(Canonical(reader.GetValue(i))).Append('\u001f');
            }

            line.Append('\u001e');
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
            rows++;
        }

        return (rows, Convert.ToHexString(hash.GetHashAndReset())[..16]);
    }

    /// <summary>One text per value: numbers in invariant digits, null as a mark no text can hold.</summary>
    public static string Canonical(object? value) => value switch
    {
        null or DBNull => "\u0000",
        string s => s,
        long or int or short => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
