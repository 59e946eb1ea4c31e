using System.Data.Common;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>Builds a command on an open connection, binding @-named parameters: what the tests' direct SQL shares.</summary>
public static class SqlCommands
{
    public static DbCommand Create(DbConnection connection, string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = RoyaltyLedger.Storage.Amounts.Int128Parameters.ToProvider(connection, value);
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
