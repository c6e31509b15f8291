using Vertebra.Storage.Sql;

namespace Vertebra.Storage.Postgres;

/// <summary>The editorial workflow's tables in the same PostgreSQL schema as the content.</summary>
public sealed class PostgresEditorialStore(PostgresContentStore content) : DapperEditorialStore(content);
