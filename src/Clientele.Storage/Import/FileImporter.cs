using Clientele.Domain.Entities;
using Clientele.Storage.Database;
using Clientele.Storage.Files;

namespace Clientele.Storage.Import;

/// <summary>
/// Imports one file of one entity into a store, all or nothing (one store transaction), streaming: memory does
/// not grow with the file. Every row read is stored, counted as a duplicate, or written to the reject file with
/// its line, field and reason. Transactions take the bulk path (<see cref="ClienteleStore.InsertTransactionsBulk"/>);
/// the other entities, whose files are small, go through the store's row inserts in chunks.
/// </summary>
public static class FileImporter
{
    private const int Chunk = 2_000;

    /// <summary>Imports <paramref name="path"/> as rows of <paramref name="entity"/>.</summary>
    /// <exception cref="InputFormatException">The file as a whole is unusable (missing, duplicated or missing header columns); nothing is stored.</exception>
    public static ImportResult Import(ClienteleStore store, StoreEntity entity, string path, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var schema = EntitySchema.For(entity);
        var map = options.Map ?? new Dictionary<string, string>();
        foreach (var field in map.Keys)
        {
            if (schema.Slot(field) < 0) throw new ArgumentException($"--map: {schema.Entity.JsonName()} have no field '{field}' (fields: {string.Join(", ", schema.Fields)}).", nameof(options));
        }

        if (!File.Exists(path)) throw new InputFormatException(path, 0, null, "file not found");
        bool json = options.JsonLines ?? (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase));
        using IRecordSource source = json ? new JsonLinesRecordSource(path, schema, map) : new DelimitedRecordSource(path, options.Delimiter, schema, map);
        var converter = new RowConverter(schema, options, source.HasIdColumn);
        string rejectsPath = Path.GetFullPath(options.RejectsFor(path));

        // The reject file describes the latest import of its input: a stale one would blame rows that are fine now.
        File.Delete(rejectsPath);
        using var rejects = new RejectWriter(rejectsPath);
        var run = new Run(source, converter, rejects, schema.Slots());

        using var bulkLoad = options.ExclusiveFirstLoad ? store.BeginBulkLoad(entity) : null;
        using (var transaction = store.BeginTransaction())
        {
            if (entity == StoreEntity.Transactions) run.Transactions(store, options.CreateCustomers);
            else run.Rows(store, entity, options.CreateCustomers);
            transaction.Commit();
        }

        StageTimings.FromEnvironment("import").Mark("committed (time since this mark's creation, so CPU only)");

        return new ImportResult(run.Read, run.Accepted, rejects.Count, run.Duplicates, run.CustomersCreated, rejects.Count > 0 ? rejectsPath : null, source.IgnoredColumns);
    }

    private static int Slots(this EntitySchema schema) => schema.Fields.Count;

    private sealed class Run(IRecordSource source, RowConverter converter, RejectWriter rejects, int slots)
    {
        public long Read { get; private set; }

        public long Accepted { get; private set; }

        public long Duplicates { get; private set; }

        public long CustomersCreated { get; private set; }

        /// <summary>The converted rows of the file, with their line numbers; bad rows go to the reject file.</summary>
        private IEnumerable<(long Line, object Entity)> Converted()
        {
            var record = new SourceRecord(slots);
            while (source.Next(record))
            {
                Read++;
                if (record.Error is not null)
                {
                    lock (rejects) rejects.Write(record.Line, record.ErrorField, record.Error, record.Raw.Span);
                    continue;
                }

                if (converter.Convert(record) is { } entity) yield return (record.Line, entity);
                else lock (rejects) rejects.Write(record.Line, converter.ErrorField, converter.Error!, record.Raw.Span);
            }
        }

        public void Transactions(ClienteleStore store, bool createCustomers)
        {
            var result = store.InsertTransactionsBulk(
                Converted().Select(r => (r.Line, (TransactionRecord)r.Entity)),
                createCustomers,
                reject =>
                {
                    lock (rejects) rejects.Write(reject.Index, reject.Reason == RejectReason.UnknownCustomer ? "customer_id" : "id", reject.Message, System.Text.Encoding.UTF8.GetBytes(reject.ExternalId));
                });
            Accepted = result.Inserted;
            Duplicates = result.Duplicates;
            CustomersCreated = result.CustomersCreated;
        }

        public void Rows(ClienteleStore store, StoreEntity entity, bool createCustomers)
        {
            var lines = new List<long>(Chunk);
            var rows = new List<object>(Chunk);
            foreach (var (line, row) in Converted())
            {
                lines.Add(line);
                rows.Add(row);
                if (rows.Count == Chunk) Flush(store, entity, createCustomers, lines, rows);
            }

            Flush(store, entity, createCustomers, lines, rows);
        }

        private void Flush(ClienteleStore store, StoreEntity entity, bool createCustomers, List<long> lines, List<object> rows)
        {
            if (rows.Count == 0) return;
            if (createCustomers && entity is StoreEntity.Interactions or StoreEntity.SurveyResponses)
            {
                var owners = rows.Select(r => r is Interaction i ? i.CustomerId : ((SurveyResponse)r).CustomerId).Distinct(StringComparer.Ordinal);

                // A customer stored with more than an id shows up as a conflict here; either way it exists.
                CustomersCreated += store.InsertCustomers(owners.Select(id => new Customer(id))).Inserted;
            }

            var result = entity switch
            {
                StoreEntity.Customers => store.InsertCustomers(rows.Cast<Customer>()),
                StoreEntity.Interactions => store.InsertInteractions(rows.Cast<Interaction>()),
                StoreEntity.Investments => store.InsertInvestments(rows.Cast<Investment>()),
                StoreEntity.SurveyResponses => store.InsertSurveyResponses(rows.Cast<SurveyResponse>()),
                StoreEntity.Leads => store.InsertLeads(rows.Cast<Lead>()),
                StoreEntity.Dealers => store.InsertDealers(rows.Cast<Dealer>()),
                _ => store.InsertStaff(rows.Cast<StaffMember>()),
            };
            Accepted += result.Inserted;
            Duplicates += result.Duplicates;
            foreach (var reject in result.Rejected)
            {
                string message = reject.Reason == RejectReason.UnknownCustomer ? reject.Message + " (import customers first, or use --create-customers)" : reject.Message;
                rejects.Write(lines[(int)reject.Index], reject.Reason == RejectReason.UnknownCustomer ? "customer_id" : "id", message, System.Text.Encoding.UTF8.GetBytes(reject.ExternalId));
            }

            lines.Clear();
            rows.Clear();
        }
    }
}
