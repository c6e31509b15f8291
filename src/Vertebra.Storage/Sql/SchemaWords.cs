namespace Vertebra.Storage.Sql;

/// <summary>What one database calls the things <see cref="SchemaSteps"/> needs.</summary>
/// <param name="BigInteger">A 64-bit integer column type.</param>
/// <param name="Identity">An id column the database numbers itself.</param>
/// <param name="TitleIndex">What the title index covers, for sorting ignoring ASCII case.</param>
/// <param name="InsertionOrderColumn">A column that keeps the order pairs were added in (empty where the database has one built in).</param>
/// <param name="PairsByArticle">The columns of the index of pairs by article.</param>
/// <param name="PairsExtraIndex">Any further index on pairs.</param>
/// <param name="UsersExtraIndex">Any further index on editor users.</param>
/// <param name="Bytes">A column type for opaque bytes.</param>
internal sealed record SchemaWords(string BigInteger, string Identity, string TitleIndex, string InsertionOrderColumn, string PairsByArticle,
    string PairsExtraIndex, string UsersExtraIndex, string Bytes);
