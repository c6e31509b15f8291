using Vertebra.Storage.Sql;

namespace Vertebra.Storage.Sqlite;

/// <summary>The editorial workflow's tables in the same SQLite file as the content.</summary>
public sealed class SqliteEditorialStore(SqliteContentStore content) : DapperEditorialStore(content);
