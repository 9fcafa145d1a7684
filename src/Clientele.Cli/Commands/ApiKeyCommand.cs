using System.CommandLine;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele apikey create|list|revoke</c>: keys for scripts (header <c>X-Api-Key</c>). A key is printed once when
/// it is created; the store keeps only the SHA-256 of its secret.
/// </summary>
internal static class ApiKeyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("apikey", "Manage API keys for scripts (send the key in the X-Api-Key header).\n" +
            "Examples:\n  clientele apikey create --role viewer --name dashboard-export\n  clientele apikey list\n  clientele apikey revoke 3f9c0a1b2c3d4e5f");
        command.Subcommands.Add(CreateKey(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Revoke(context));
        return command;
    }

    private static Command CreateKey(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin.", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for (shown in listings).", Required = true };
        var db = CommonOptions.Db();
        var command = new Command("create", "Create a key and print it once.");
        foreach (var option in new Option[] { role, name, db }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var keyRole = UserCommand.ParseRole(parse.GetValue(role));
            using var store = ClienteleStore.Open(CommonOptions.ParseDb(parse.GetValue(db)), createIfMissing: false);
            var (key, keyId, hash) = ApiKeys.Generate();
            var record = store.AddApiKey(keyId, parse.GetValue(name)!, keyRole, hash);
            context.Console.WriteLine($"Created API key {record.KeyId} '{record.Name}' ({record.Role.Name()}). The key (shown once, store it now):");
            context.Out.WriteLine(key);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = CommonOptions.Db();
        var command = new Command("list", "List the keys (ids, names, roles; never the keys).");
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = ClienteleStore.Open(CommonOptions.ParseDb(parse.GetValue(db)), createIfMissing: false);
            var n = System.Globalization.CultureInfo.InvariantCulture;
            var table = new Table().AddColumn("key id").AddColumn("name").AddColumn("role").AddColumn("created (UTC)").AddColumn("revoked (UTC)");
            foreach (var key in store.ListApiKeys())
            {
                table.AddRow(key.KeyId, Markup.Escape(key.Name), key.Role.Name(), key.CreatedAt.ToString("yyyy-MM-dd HH:mm", n), key.RevokedAt?.ToString("yyyy-MM-dd HH:mm", n) ?? "");
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var keyId = new Argument<string>("key-id") { Description = "The key's id (from 'clientele apikey list')." };
        var db = CommonOptions.Db();
        var command = new Command("revoke", "Revoke a key: requests with it get 401 from then on.");
        command.Arguments.Add(keyId);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = ClienteleStore.Open(CommonOptions.ParseDb(parse.GetValue(db)), createIfMissing: false);
            string id = parse.GetValue(keyId)!;
            if (!store.RevokeApiKey(id)) throw new UserInputException($"there is no active API key with id '{id}'");
            context.Console.WriteLine($"Revoked API key {id}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
