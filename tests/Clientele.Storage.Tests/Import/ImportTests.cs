using System.Text;
using Clientele.Storage.Database;
using Clientele.Storage.Files;
using Clientele.Storage.Import;
using Clientele.Storage.Tests.Database;

namespace Clientele.Storage.Tests.Import;

/// <summary>Importers and export, run once against SQLite and once against PostgreSQL (the subclasses below).</summary>
public abstract class ImportTests
{
    private const string Customers = "id,name\nc1,Acme\nc2,Bolt\n";

    protected abstract ITestDatabase CreateDatabase();

    public static TheoryData<string, string> RoundTrips => new()
    {
        { "customers", "id,name,industry,size_class,region,country,acquisition_channel,dealer_id,account_manager_id,acquired_on,attr_color,attr_tier\n" +
            "c1,\"Acme, Inc\",tools,large,north,DE,dealer,d1,s1,2024-02-29,red,gold\nc2,Bolt,,small,,,,,,,,\n" },
        { "transactions", "id,customer_id,date,amount,margin,quantity,unit_price,order_id,product,category,dealer_id,channel\n" +
            "t1,c1,2025-01-31,-12.5,-3.1234,-1,12.5,o1,\"p\"\"x\"\"\",cat,d1,web\nt2,c2,2025-02-01,100,,,,,,,,\n" },
        { "interactions", "id,customer_id,date,kind,cost,hours,staff_id,outcome,resolved_on\ni1,c1,2025-03-01,care_gift,25.5,0.25,s1,thanked,\ni2,c2,2025-03-02,complaint,,2,,,2025-03-09\n" },
        { "investments", "id,date,amount,category,stage,target_kind,target_id,plan_item_id,description\n" +
            "v1,2025-01-01,1000,marketing_promotion,acquisition,campaign,spring,pi1,\"flyers\nand posters\"\nv2,2025-01-02,5,other,retention,overhead,,,\n" },
        { "surveys", "id,customer_id,date,nps,satisfaction,satisfaction_scale,comment,dim_delivery,dim_support\ns1,c1,2025-04-01,9,4.5,5,fine,4,5\ns2,c2,2025-04-02,0,,10,,,\n" },
        { "leads", "id,created,customer_id,source_channel,closed_on,outcome,amount\nl1,2025-01-01,c1,fair,2025-02-01,won,5000\nl2,2025-01-05,,web,,open,\n" },
        { "dealers", "id,name,region,tier,outlets,coverage,sales_target,region_market_size\nd1,North Ltd,north,gold,12,0.75,1000000,25000000.5\nd2,,,,,,,\n" },
        { "staff", "id,name,role,capacity_hours_per_month,skill_level\ns1,Ann,account manager,120.5,4\ns2,,,,\n" },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Import_EachEntity_ExportsTheSameCsv(string entity, string csv)
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        if (entity != "customers") Import(store, "customers", Customers);

        var result = Import(store, entity, csv);

        Assert.Equal((2, 2, 0, 0), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        var export = new StringWriter { NewLine = "\n" };
        Assert.Equal(2, store.ExportCsv(Entity(entity), export));
        Assert.Equal(csv, export.ToString());
    }

    [Fact]
    public void Import_SameFileTwice_SecondTimeAllDuplicatesAndNothingChanges()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        const string file = "customer_id,date,amount\nc1,2025-01-01,10\nc1,2025-01-02,20\nc2,2025-01-02,20\n";

        var first = Import(store, "transactions", file, new ImportOptions(CreateCustomers: true));
        var second = Import(store, "transactions", file, new ImportOptions(CreateCustomers: true));

        Assert.Equal((3, 3, 0, 0, 2), (first.Read, first.Accepted, first.Rejected, first.Duplicates, first.CustomersCreated));
        Assert.Equal((3, 0, 0, 3, 0), (second.Read, second.Accepted, second.Rejected, second.Duplicates, second.CustomersCreated));
        Assert.Equal(3, store.Counts()[StoreEntity.Transactions]);
        Assert.Equal(50m, store.TotalTransactionAmount());
    }

    [Fact]
    public void Import_NoIdColumn_DerivesIdsFromContentAndIdenticalRowsAreDuplicates()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);

        var result = Import(store, "transactions", "customer_id,date,amount\nc1,2025-01-01,10.00\nc1,2025-01-01,10\nc1,2025-01-01,11\n");

        // 10.00 and 10 are the same stored value, so the second row is the first one again.
        Assert.Equal((3, 2, 0, 1), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        var ids = store.ReadTransactions().Select(t => t.Id).ToList();
        Assert.All(ids, id => Assert.Matches("^c1/20250101/[0-9a-f]{16}$", id));
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public void Import_Map_ReadsRenamedColumns()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        var map = new Dictionary<string, string> { ["customer_id"] = "Kunde", ["date"] = "Datum", ["amount"] = "Betrag" };

        var result = Import(store, "transactions", "Kunde;Datum;Betrag\nc1;31.01.2025;1234,5\n",
            new ImportOptions(map, DateFormat: "dd.MM.yyyy", DecimalSeparator: ',', CreateCustomers: true));

        Assert.Equal(1, result.Accepted);
        var t = Assert.Single(store.ReadTransactions());
        Assert.Equal(("c1", new DateOnly(2025, 1, 31), 1234.5m), (t.CustomerId, t.Date, t.Amount));
    }

    [Fact]
    public void Import_JsonLines_ReadsObjectsAndRejectsBadLines()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);
        const string file = "{\"id\":\"t1\",\"customer_id\":\"c1\",\"date\":\"2025-01-01\",\"amount\":12.5,\"extra\":true}\n\n" +
            "{\"id\":\"t2\",\"customer_id\":\"c2\",\"date\":\"2025-01-02\",\"amount\":\"7\"}\n[1,2]\n{\"id\":\"t3\",\"customer_id\":\"c1\"\n" +
            "{\"id\":\"t4\",\"customer_id\":\"c1\",\"date\":\"2025-01-02\",\"amount\":{\"x\":1}}\n";

        var result = Import(store, "transactions", file, ext: ".jsonl");

        Assert.Equal((5, 2, 3, 0), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        Assert.Equal(19.5m, store.TotalTransactionAmount());
        var rejects = Rejects(result);
        Assert.Equal(["4", "5", "6"], rejects.Select(r => r[0]));
        Assert.Contains("not an object", rejects[0][2]);
        Assert.Contains("not valid JSON", rejects[1][2]);
        Assert.Equal("amount", rejects[2][1]);
    }

    [Fact]
    public void Import_OrderLines_AmountIsQuantityTimesUnitPriceAndReturnsAreNegative()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        const string file = "order_id,customer_id,date,product,quantity,unit_price,amount\n" +
            "o1,c1,2025-01-01,bolt,3,2.5,\no1,c1,2025-01-01,nut,10,0.1,1\no2,c1,2025-01-05,bolt,-1,2.5,\no3,c1,2025-01-06,bolt,2,2.5,4\n";

        var result = Import(store, "transactions", file, new ImportOptions(CreateCustomers: true));

        Assert.Equal((4, 3, 1, 0), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        Assert.Equal([7.5m, 1m, -2.5m], store.ReadTransactions().Select(t => t.Amount));
        Assert.Equal(["5", "amount", "amount 4 is not quantity × unit_price = 5.0"], Rejects(result).Single()[..3]);
    }

    [Fact]
    public void Import_UnknownCustomerWithoutCreate_RejectsWithLineFieldAndReason()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);

        var result = Import(store, "transactions", "id,customer_id,date,amount\nt1,c1,2025-01-01,1\nt2,zz,2025-01-01,1\nt3,c2,2025-13-01,1\nt4,c2,2025-01-01,abc\n");

        Assert.Equal((4, 1, 3, 0, 0), (result.Read, result.Accepted, result.Rejected, result.Duplicates, result.CustomersCreated));
        var rejects = Rejects(result).OrderBy(r => r[0]).ToList();
        Assert.Equal(["3", "customer_id"], rejects[0][..2]);
        Assert.Contains("customer 'zz' is not in the store", rejects[0][2]);
        Assert.Equal(["4", "date", "'2025-13-01' is not a date in format yyyy-MM-dd"], rejects[1][..3]);
        Assert.Equal(["5", "amount"], rejects[2][..2]);
        Assert.Equal(1, store.Counts()[StoreEntity.Transactions]);
    }

    [Fact]
    public void Import_SameIdWithOtherContent_RejectsConflict()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);

        var result = Import(store, "customers", "id,name\nc1,Acme\nc2,Other\nc3,New\nc3,New\n");

        Assert.Equal((4, 1, 1, 2), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        Assert.Equal(["3", "id"], Rejects(result).Single()[..2]);
    }

    [Fact]
    public void Import_FirstLoadOfManyRows_ExportsTheSameCsv()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);

        // 100 rows into an empty table (the first-load path: 32-row statements and a remainder of 4), optional fields
        // empty and filled in shifting patterns, so a value bound for one row never leaks into the next.
        var csv = new StringBuilder("id,customer_id,date,amount,margin,quantity,unit_price,order_id,product,category,dealer_id,channel\n");
        for (int i = 0; i < 100; i++)
        {
            bool orderLine = i % 4 == 1;
            csv.Append($"t{i:000},c{1 + (i % 2)},{new DateOnly(2025, 1, 1).AddDays(i):yyyy-MM-dd},")
                .Append(orderLine ? "0.5" : $"{i}.5").Append(',')
                .Append(i % 3 == 0 ? "" : $"{i}.25").Append(',')
                .Append(orderLine ? "2,0.25" : ",").Append(',')
                .Append(i % 5 == 2 ? "" : $"o{i}").Append(',')
                .Append(i % 2 == 0 ? "" : "p").Append(",,")
                .Append(i % 7 == 3 ? "d1" : "").Append(',')
                .Append(i % 3 == 1 ? "web" : "").Append('\n');
        }

        var result = Import(store, "transactions", csv.ToString());

        Assert.Equal((100, 100, 0, 0), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        var export = new StringWriter { NewLine = "\n" };
        Assert.Equal(100, store.ExportCsv(StoreEntity.Transactions, export));
        Assert.Equal(csv.ToString(), export.ToString());
    }

    [Fact]
    public void Import_IntoLoadedStore_NewRowsStoredBesideDuplicatesConflictsAndUnknownCustomers()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);
        Import(store, "transactions", "id,customer_id,date,amount\nt1,c1,2025-01-01,1\nt2,c1,2025-01-02,2\nt3,c2,2025-01-03,3\n");

        // One batch of the exact path (the table is not empty): the insert stores t4 and t6 first, and the classification
        // that follows must not count them as already stored.
        var result = Import(store, "transactions",
            "id,customer_id,date,amount\nt1,c1,2025-01-01,1\nt4,c2,2025-02-01,40\nt2,c1,2025-01-02,99\nt5,c9,2025-02-02,50\nt6,c1,2025-02-03,60\n");

        Assert.Equal((5, 2, 2, 1), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        Assert.Equal([(4L, "id"), (5L, "customer_id")], Rejects(result).Select(r => (long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r[1])).Order());
        Assert.Equal(1m + 2 + 3 + 40 + 60, store.TotalTransactionAmount());
    }

    [Fact]
    public void Import_FirstLoadWithRepeatedIds_CountsDuplicatesAndRejectsConflicts()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        // Row 50 repeats row 10 exactly (a duplicate); row 60 has row 20's id with another amount (a conflict, on line 62).
        var csv = new StringBuilder("id,customer_id,date,amount\n");
        for (int i = 0; i < 100; i++)
        {
            int id = i switch { 50 => 10, 60 => 20, _ => i };
            csv.Append($"t{id:000},c{1 + (id % 3)},2025-03-01,{(i == 60 ? 999 : id)}\n");
        }

        var result = Import(store, "transactions", csv.ToString(), new ImportOptions(CreateCustomers: true));

        Assert.Equal((100, 98, 1, 1, 3), (result.Read, result.Accepted, result.Rejected, result.Duplicates, result.CustomersCreated));
        Assert.Equal(["62", "id"], Rejects(result).Single()[..2]);

        // Stored: amounts 0…99 except those of rows 50 and 60 (4950 − 50 − 60); row 20 keeps its first amount.
        Assert.Equal(4840m, store.TotalTransactionAmount());
    }

    [Fact]
    public void Import_AfterFirstLoad_LaterRowsTakeNewSurrogateKeys()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        // PostgreSQL's first load gives the COPY's rows their ids itself and moves the sequence past them at the end: the
        // held-back repeat (exact path, same load) and the next file's rows (another import) must get ids after them, or the
        // primary key rejects them.
        var first = Import(store, "transactions", "customer_id,date,amount\nc1,2025-01-01,10\nc2,2025-01-02,20\nc1,2025-01-01,10\nc1,2025-01-03,30\n", new ImportOptions(CreateCustomers: true));
        var second = Import(store, "transactions", "customer_id,date,amount\nc1,2025-02-01,40\nc3,2025-02-02,50\n", new ImportOptions(CreateCustomers: true));

        Assert.Equal((4, 3, 1, 2), (first.Read, first.Accepted, first.Duplicates, first.CustomersCreated));
        Assert.Equal((2, 2, 0, 1), (second.Read, second.Accepted, second.Duplicates, second.CustomersCreated));
        Assert.Equal(5, store.Counts()[StoreEntity.Transactions]);
        Assert.Equal(150m, store.TotalTransactionAmount());
    }

    [Fact]
    public void Import_FirstLoadCreatingManyCustomers_CustomerSeenAgainLaterIsNotCreatedTwice()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        // 120,000 customers, one row each, then 100 of the first ones again: the load's customer cache (100,000 entries)
        // has forgotten them by then, so they must be found among the customers this load created, not created again
        // (PostgreSQL creates customers by COPY without asking the store, except for ones it may have created).
        var csv = new StringBuilder("customer_id,date,amount\n");
        for (int i = 0; i < 120_000; i++) csv.Append($"c{i:000000},2025-01-01,1\n");
        for (int i = 0; i < 100; i++) csv.Append($"c{i:000000},2025-02-01,2\n");

        var result = Import(store, "transactions", csv.ToString(), new ImportOptions(CreateCustomers: true));
        var later = Import(store, "customers", "id,name\nc999999,Late\n");

        Assert.Equal((120_100, 120_100, 0, 120_000), (result.Read, result.Accepted, result.Duplicates, result.CustomersCreated));
        Assert.Equal(1, later.Accepted);
        Assert.Equal(120_001, store.Counts()[StoreEntity.Customers]);
        Assert.Equal(120_200m, store.TotalTransactionAmount());
    }

    [Fact]
    public void Import_FirstLoadOfEdgeDecimals_StoresThemExactly()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        Import(store, "customers", Customers);

        // PostgreSQL's first load writes NUMERIC in its binary COPY form (base-10,000 digits, PgBinaryCopy): zero, one
        // fractional digit group, trailing and inner zero groups, both limits, negatives.
        string[] amounts = ["0", "0.0001", "-0.0001", "1", "10000", "100000000", "12345678.9012", "-12.5", "0.5", "20000.0003",
            "900000000000000", "-900000000000000", "899999999999999.9999", "10000.0001"];
        var csv = new StringBuilder("id,customer_id,date,amount,margin,quantity,unit_price,order_id,product,category,dealer_id,channel\n");
        for (int i = 0; i < amounts.Length; i++) csv.Append($"t{i:00},c1,2025-01-{1 + i:00},{amounts[i]},{(i % 2 == 0 ? amounts[^(i + 1)] : "")},,,,,,,\n");

        var result = Import(store, "transactions", csv.ToString());

        Assert.Equal(amounts.Length, result.Accepted);
        var export = new StringWriter { NewLine = "\n" };
        store.ExportCsv(StoreEntity.Transactions, export);
        Assert.Equal(csv.ToString(), export.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Import_FirstLoadWithRepeatsInsideOneStatement_KeepsTheFirstAndClassifiesTheRest(bool exclusive)
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);

        // 40 rows: a 32-row statement and 8 single rows. Inside the statement, line 7 repeats line 3 exactly, line 9
        // has line 3's id with another amount, and line 12 repeats line 7 (itself a repeat); line 36 (a single row)
        // repeats line 2, line 38 has line 37's id with another date.
        var csv = new StringBuilder("id,customer_id,date,amount\n");
        for (int line = 2; line <= 41; line++)
        {
            string row = line switch
            {
                7 or 12 => "t3,c2,2025-03-01,3",
                9 => "t3,c2,2025-03-01,99",
                36 => "t2,c1,2025-03-01,2",
                38 => "t37,c2,2025-03-02,37",
                _ => $"t{line},c{1 + (line % 2)},2025-03-01,{line}",
            };
            csv.Append(row).Append('\n');
        }

        // Both SQLite modes of a first load (WAL with deferred foreign keys; the file taken with foreign keys off).
        var result = Import(store, "transactions", csv.ToString(), new ImportOptions(CreateCustomers: true, ExclusiveFirstLoad: exclusive));

        Assert.Equal((40, 35, 2, 3), (result.Read, result.Accepted, result.Rejected, result.Duplicates));
        Assert.Equal([9L, 38L], Rejects(result).Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order());

        // Sum of 2…41 without the rows that were not stored (7, 9, 12, 36, 38: their own line numbers as amounts).
        Assert.Equal(860m - 7 - 9 - 12 - 36 - 38, store.TotalTransactionAmount());
        Assert.Equal(35, store.Counts()[StoreEntity.Transactions]);
    }

    public static TheoryData<string, byte[], long, long, long> HostileFiles()
    {
        var data = new TheoryData<string, byte[], long, long, long>
        {
            // name, content, read, accepted, rejected (duplicates are read − accepted − rejected)
            { "empty", [], 0, 0, 0 },
            { "blank lines only", "\n\r\n\n"u8.ToArray(), 0, 0, 0 },
            { "header only", "customer_id,date,amount\r\n"u8.ToArray(), 0, 0, 0 },
            { "BOM and CRLF", "\uFEFFcustomer_id,date,amount\r\nc1,2025-01-01,1\r\n"u8.ToArray(), 1, 1, 0 },
            { "unbalanced quote", "customer_id,date,amount\nc1,2025-01-01,1\n\"c1,2025-01-02,2\nc1,2025-01-03,3\n"u8.ToArray(), 3, 2, 1 },
            { "wrong field count", "customer_id,date,amount\nc1,2025-01-01\nc1,2025-01-01,1,9\nc1,2025-01-01,1\n"u8.ToArray(), 3, 1, 2 },
            { "NUL byte", "customer_id,date,amount\nc1,2025-01-01,1\nc\01,2025-01-01,2\n"u8.ToArray(), 2, 1, 1 },
            { "invalid UTF-8", [.. "customer_id,date,amount\nc"u8, 0xC3, 0x28, .. ",2025-01-01,1\nc1,2025-01-01,1\n"u8], 2, 1, 1 },
            { "NaN, infinity, 1e308, too many decimals", "customer_id,date,amount\nc1,2025-01-01,NaN\nc1,2025-01-01,Infinity\nc1,2025-01-01,-inf\nc1,2025-01-01,1e308\nc1,2025-01-01,0.00001\nc1,2025-01-01,1e3\n"u8.ToArray(), 6, 1, 5 },
            { "years 0001 and 9999", "customer_id,date,amount\nc1,0001-01-01,1\nc1,9999-12-31,2\nc1,0000-01-01,3\n"u8.ToArray(), 3, 2, 1 },
            { "1 MB field", Encoding.UTF8.GetBytes("customer_id,date,amount,product\nc1,2025-01-01,1," + new string('x', 1 << 20) + "\nc1,2025-01-01,1,ok\n"), 2, 1, 1 },
            { "1 MB quoted field", Encoding.UTF8.GetBytes("customer_id,date,amount,product\nc1,2025-01-01,1,\"" + new string('x', 1 << 20) + "\"\nc1,2025-01-01,1,ok\n"), 2, 1, 1 },
            { "identical rows", "customer_id,date,amount\nc1,2025-01-01,1\nc1,2025-01-01,1\n"u8.ToArray(), 2, 1, 0 },
        };
        var wide = new StringBuilder("customer_id,date,amount");
        for (int i = 0; i < 100_000; i++) wide.Append(",x").Append(i);
        wide.Append("\nc1,2025-01-01,1").Append(',', 100_000).Append("\nc1,2025-01-02,1\n");
        data.Add("100k columns", Encoding.UTF8.GetBytes(wide.ToString()), 2, 1, 1);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Import_HostileFile_CountsAndExplainsEveryRow(string name, byte[] content, long read, long accepted, long rejected)
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        using var file = TempFile.WithBytes(content);

        var result = FileImporter.Import(store, StoreEntity.Transactions, file.Path, new ImportOptions(CreateCustomers: true));

        Assert.True(result.Accepted + result.Rejected + result.Duplicates == result.Read, name);
        Assert.Equal((read, accepted, rejected), (result.Read, result.Accepted, result.Rejected));
        Assert.Equal(accepted, store.Counts()[StoreEntity.Transactions]);
        lastRejects.Value = null;
        if (rejected > 0) Assert.All(Rejects(result), r => Assert.True(long.Parse(r[0]) > 1 && r[2].Length > 10, string.Join("|", r)));
        else Assert.Null(result.RejectsPath);
    }

    public static TheoryData<string, string, string?, string> BadHeaders => new()
    {
        { "duplicated header", "customer_id,date,amount,date\nc1,2025-01-01,1,2025-01-02\n", null, "names column 'date' twice" },
        { "wrong delimiter", "customer_id;date;amount\nc1;2025-01-01;1\n", ",", "no column 'customer_id' for the required field customer_id" },
        { "missing column", "customer_id,amount\nc1,1\n", null, "no column 'date'" },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public void Import_UnusableHeader_FailsWithOneLineErrorAndStoresNothing(string name, string content, string? delimiter, string message)
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        using var file = TempFile.WithText(content);

        var e = Assert.Throws<InputFormatException>(() =>
            FileImporter.Import(store, StoreEntity.Transactions, file.Path, new ImportOptions(Delimiter: delimiter?[0], CreateCustomers: true)));

        Assert.Contains(message, e.Message);
        Assert.StartsWith(file.Path + ":1: field", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.True(store.Counts().Values.All(c => c == 0), name);
    }

    [Fact]
    public void Import_FailureMidway_StoresNothing()
    {
        using var db = CreateDatabase();
        using var store = ClienteleStore.Open(db.Location);
        using var file = TempFile.WithText("customer_id,date,amount\nc1,2025-01-01,1\n");

        // A reject file that cannot be written fails the import after rows were staged; the transaction rolls back.
        var options = new ImportOptions(CreateCustomers: true, RejectsPath: Path.Combine(file.Path + ".missing-dir", "r.csv"));
        var bad = TempFile.WithText("customer_id,date,amount\nc1,2025-01-01,1\nc1,bad,1\n");
        using (bad) Assert.ThrowsAny<IOException>(() => FileImporter.Import(store, StoreEntity.Transactions, bad.Path, options));

        Assert.True(store.Counts().Values.All(c => c == 0));
    }

    private static StoreEntity Entity(string name) => name switch
    {
        "customers" => StoreEntity.Customers,
        "transactions" => StoreEntity.Transactions,
        "interactions" => StoreEntity.Interactions,
        "investments" => StoreEntity.Investments,
        "surveys" => StoreEntity.SurveyResponses,
        "leads" => StoreEntity.Leads,
        "dealers" => StoreEntity.Dealers,
        _ => StoreEntity.Staff,
    };

    private static ImportResult Import(ClienteleStore store, string entity, string content, ImportOptions? options = null, string ext = ".csv")
    {
        using var file = TempFile.WithText(content, ext);
        var result = FileImporter.Import(store, Entity(entity), file.Path, options ?? new ImportOptions());
        Assert.Equal(result.Read, result.Accepted + result.Rejected + result.Duplicates);
        lastRejects.Value = result.RejectsPath is { } path ? ParseRejects(path) : null;

        return result;
    }

    private static readonly AsyncLocal<List<string[]>?> lastRejects = new();

    /// <summary>The rows (line, field, reason, content) of the reject file of the last import.</summary>
    private static List<string[]> Rejects(ImportResult result)
    {
        Assert.NotNull(result.RejectsPath);
        return lastRejects.Value ?? ParseRejects(result.RejectsPath);
    }

    private static List<string[]> ParseRejects(string path)
    {
        var rows = new List<string[]>();
        var text = File.ReadAllText(path);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); }
            else field.Append(c);
        }

        Assert.Equal(["line", "field", "reason", "content"], rows[0]);
        return rows.Skip(1).ToList();
    }
}

public sealed class SqliteImportTests : ImportTests
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresImportTests : ImportTests
{
    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
