using System.CommandLine;
using Clientele.Storage.Database;
using Clientele.Web.Auth;
using Spectre.Console;

namespace Clientele.Cli.Commands;

/// <summary>
/// <c>clientele user add|list|remove</c>: the people who log in to the web server. Passwords are stored as
/// PasswordHasher hashes; one generated for <c>add</c> without <c>--password</c> is printed once.
/// </summary>
internal static class UserCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("user", "Manage the users who log in to the web server (roles: viewer < analyst < admin).\n" +
            "Examples:\n  clientele user add alice --role admin\n  clientele user list\n  clientele user remove alice");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        return command;
    }

    /// <summary>Parses --role for the user and API key commands.</summary>
    public static UserRole ParseRole(string? text) =>
        UserRoles.TryParse(text, out var role) ? role : throw new UserInputException($"--role: '{text}' is not viewer, analyst or admin");

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The log-in name." };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin.", Required = true };
        var password = new Option<string?>("--password") { Description = $"The password (at least {Passwords.MinLength} characters); default: generate one and print it once." };
        var db = CommonOptions.Db();
        var command = new Command("add", "Add a user.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { role, password, db }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var userRole = ParseRole(parse.GetValue(role));
            string? given = parse.GetValue(password);
            string secret = given ?? Passwords.Generate();
            string hash;
            try
            {
                hash = Passwords.Hash(secret);
            }
            catch (ArgumentException)
            {
                throw new UserInputException($"--password: the password must be at least {Passwords.MinLength} characters");
            }

            using var store = ClienteleStore.Open(CommonOptions.ParseDb(parse.GetValue(db)), createIfMissing: false);
            var user = store.AddUser(parse.GetValue(name)!, userRole, hash);
            context.Console.WriteLine($"Added user {user.Name} ({user.Role.Name()}) to {store.Location.DisplayName}.");
            if (given is null)
            {
                // Printed on its own line to standard output so a script can capture it; it is shown only this once.
                context.Console.WriteLine("Password (shown once, store it now):");
                context.Out.WriteLine(secret);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = CommonOptions.Db();
        var command = new Command("list", "List the users and their roles.");
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = ClienteleStore.Open(CommonOptions.ParseDb(parse.GetValue(db)), createIfMissing: false);
            var table = new Table().AddColumn("name").AddColumn("role").AddColumn("created (UTC)");
            foreach (var user in store.ListUsers()) table.AddRow(Markup.Escape(user.Name), user.Role.Name(), user.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The user to remove." };
        var db = CommonOptions.Db();
        var command = new Command("remove", "Remove a user (their sessions end with their next request).");
        command.Arguments.Add(name);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = ClienteleStore.Open(CommonOptions.ParseDb(parse.GetValue(db)), createIfMissing: false);
            string who = parse.GetValue(name)!;
            if (!store.DeleteUser(who)) throw new UserInputException($"there is no user named '{who}'");
            context.Console.WriteLine($"Removed user {who}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
