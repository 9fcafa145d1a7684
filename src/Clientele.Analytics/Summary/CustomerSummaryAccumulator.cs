using System.Runtime.Intrinsics.X86;
using Clientele.Domain;

namespace Clientele.Analytics.Summary;

/// <summary>
/// The streaming core of the customer summary: feed it (customer, day, amount) rows, one call per
/// row, then <see cref="Build"/> the <see cref="CustomerSummaries"/>. Customers are dense indexes
/// 0..n−1 that the caller assigns (e.g. by interning ids); internal arrays grow as needed.
/// </summary>
/// <remarks>
/// Fast path: when each customer's rows arrive in date order (customers may interleave) the
/// accumulator keeps O(1) state per customer and never looks back. Every accepted row is also
/// kept compactly (16 bytes, in chunks) because a row dated before its customer's previous row
/// makes the running distinct-day count unrecoverable; if that happens, <see cref="Build"/>
/// rebuilds all statistics exactly from the kept rows (counting sort by customer, then sort by
/// day per customer), so the result never depends on input order. Rows dated after the
/// observation end are ignored and counted. Not thread-safe.
/// </remarks>
public sealed class CustomerSummaryAccumulator
{
    private const int ChunkShift = 16;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly int _observationEnd;
    private readonly int _calibrationEnd;
    private CustomerState[] _state;
    private int _customerCount;
    private RawRow[][] _chunks = new RawRow[4][];
    private int _chunkCount;
    private RawRow[] _current = [];
    private readonly bool _retainRows;
    private int _positionInChunk;
    private long _rowCount;
    private int[] _repeatsByDaysBeforeEnd = new int[1024];
    private bool _outOfOrder;
    private bool _everOutOfOrder;
    private long _ignoredRows;

    /// <summary>Creates an empty accumulator for <paramref name="period"/>.</summary>
    /// <param name="period">The observation window, unit and optional calibration end.</param>
    /// <param name="expectedCustomers">A capacity hint for the number of customers.</param>
    /// <exception cref="ArgumentNullException">The period is null.</exception>
    /// <exception cref="ArgumentException">The capacity hint is negative.</exception>
    public CustomerSummaryAccumulator(SummaryPeriod period, int expectedCustomers = 1024)
        : this(period, expectedCustomers, retainRows: true)
    {
    }

    /// <summary>
    /// Creates an empty accumulator that may skip keeping the raw rows. Without them, rows that arrive out
    /// of date order cannot be summarized exactly: <see cref="SawOutOfOrderRows"/> turns true and
    /// <see cref="Build"/> refuses, so a caller that can read its source twice (a file) saves ~16 bytes a
    /// row in the usual ordered case and re-reads with <paramref name="retainRows"/> = true otherwise.
    /// </summary>
    /// <param name="period">The observation window, unit and optional calibration end.</param>
    /// <param name="expectedCustomers">A capacity hint for the number of customers.</param>
    /// <param name="retainRows">Whether to keep the raw rows for the exact out-of-order rebuild.</param>
    public CustomerSummaryAccumulator(SummaryPeriod period, int expectedCustomers, bool retainRows)
    {
        _retainRows = retainRows;
        ArgumentNullException.ThrowIfNull(period);
        if (expectedCustomers < 0)
        {
            throw new ArgumentException("The expected number of customers must not be negative.", nameof(expectedCustomers));
        }

        Period = period;
        _observationEnd = period.ObservationEnd.DayNumber;
        _calibrationEnd = period.EffectiveCalibrationEnd.DayNumber;
        _state = new CustomerState[Math.Max(expectedCustomers, 16)];
    }

    /// <summary>The period the summary describes.</summary>
    public SummaryPeriod Period { get; }

    /// <summary>1 + the largest customer index seen so far.</summary>
    public int CustomerCount => _customerCount;

    /// <summary>Rows accepted (dated on or before the observation end).</summary>
    public long RowCount => _rowCount;

    /// <summary>Rows dated after the observation end, ignored.</summary>
    public long IgnoredRows => _ignoredRows;

    /// <summary>True once some customer's row arrived dated before that customer's previous row (the exact rebuild is used).</summary>
    public bool SawOutOfOrderRows => _everOutOfOrder;

    /// <summary>Adds one purchase row (a negative amount is a return and is summed into its day).</summary>
    /// <param name="customer">The caller's dense customer index, 0 or more.</param>
    /// <param name="dayNumber">The purchase day as <see cref="DateOnly.DayNumber"/>.</param>
    /// <param name="amount">The amount; must be finite.</param>
    /// <returns>True if the row was accepted, false if it was ignored because it is dated after the observation end.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer index is negative.</exception>
    /// <exception cref="ArgumentException">The amount is NaN or infinite.</exception>
    public bool Add(int customer, int dayNumber, double amount)
    {
        if (customer < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(customer), customer, "The customer index must not be negative.");
        }

        if (dayNumber > _observationEnd)
        {
            _ignoredRows++;
            return false;
        }

        if (!double.IsFinite(amount))
        {
            throw new ArgumentException($"The amount must be finite, got {amount} for customer index {customer}.", nameof(amount));
        }

        if (customer >= _customerCount)
        {
            if (customer >= _state.Length)
            {
                GrowCustomers(customer);
            }

            _customerCount = customer + 1;
        }

        if (_retainRows)
        {
            if (_positionInChunk == _current.Length)
            {
                NewChunk();
            }

            _current[_positionInChunk++] = new RawRow(customer, dayNumber, amount);
        }

        _rowCount++;
        if (!_outOfOrder && !Apply(ref _state[customer], dayNumber, amount))
        {
            _outOfOrder = true;
            _everOutOfOrder = true;
        }

        return true;
    }

    /// <summary>Adds one purchase row dated <paramref name="date"/>; see <see cref="Add(int, int, double)"/>.</summary>
    /// <returns>True if accepted, false if dated after the observation end.</returns>
    public bool Add(int customer, DateOnly date, double amount) => Add(customer, date.DayNumber, amount);

    /// <summary>
    /// Adds a batch of rows (see <see cref="Add(int, int, double)"/>); the fast choice for a file reader.
    /// With many customers each update is a cache miss, so the batch prefetches the state of rows a few
    /// places ahead, which overlaps those misses.
    /// </summary>
    /// <returns>The number of rows accepted (the rest are dated after the observation end).</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or an amount is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is negative.</exception>
    public unsafe int AddRange(ReadOnlySpan<int> customers, ReadOnlySpan<int> dayNumbers, ReadOnlySpan<double> amounts)
    {
        if (dayNumbers.Length != customers.Length || amounts.Length != customers.Length)
        {
            throw new ArgumentException("Customers, days and amounts must have the same length.", nameof(dayNumbers));
        }

        int max = -1;
        foreach (int c in customers)
        {
            if (c < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(customers), c, "The customer index must not be negative.");
            }

            max = Math.Max(max, c);
        }

        if (max >= _state.Length)
        {
            GrowCustomers(max);
        }

        const int Ahead = 12;
        int accepted = 0;
        fixed (CustomerState* state = _state)
        {
            for (int i = 0; i < customers.Length; i++)
            {
                if (Sse.IsSupported && i + Ahead < customers.Length)
                {
                    // A 48-byte state can straddle two cache lines.
                    byte* target = (byte*)(state + customers[i + Ahead]);
                    Sse.Prefetch0(target);
                    Sse.Prefetch0(target + sizeof(CustomerState) - 1);
                }

                if (Add(customers[i], dayNumbers[i], amounts[i])) accepted++;
            }
        }

        return accepted;
    }

    /// <summary>
    /// Builds the summary table of the calibration cohort. The accumulator stays usable: more rows may be
    /// added and <see cref="Build"/> called again.
    /// </summary>
    /// <param name="customerIds">The external id of every dense index, at least <see cref="CustomerCount"/> of them.</param>
    /// <exception cref="ArgumentException">Fewer ids than customers were given.</exception>
    public CustomerSummaries Build(IReadOnlyList<string> customerIds)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        if (customerIds.Count < _customerCount)
        {
            throw new ArgumentException(
                $"{customerIds.Count} customer ids were given but customer indexes run up to {_customerCount - 1}.",
                nameof(customerIds));
        }

        if (_outOfOrder)
        {
            if (!_retainRows)
            {
                throw new InvalidOperationException(
                    "Rows arrived out of date order and were not retained; add them again to an accumulator created with retainRows: true.");
            }

            RebuildFromRows();
        }

        int cohort = 0, acquiredInHoldout = 0, earliest = int.MaxValue;
        for (int c = 0; c < _customerCount; c++)
        {
            ref readonly var s = ref _state[c];
            if (s.Rows == 0) continue;
            if (s.First <= _calibrationEnd)
            {
                cohort++;
                earliest = Math.Min(earliest, s.First);
            }
            else
            {
                acquiredInHoldout++;
            }
        }

        bool holdout = Period.HasHoldout;
        double unitDays = Period.Unit.Days();
        var ids = new string[cohort];
        var frequency = new double[cohort];
        var recency = new double[cohort];
        var age = new double[cohort];
        var monetary = new double[cohort];
        var revenue = new double[cohort];
        var purchaseDays = new int[cohort];
        var rows = new int[cohort];
        var first = new DateOnly[cohort];
        var last = new DateOnly[cohort];
        var holdoutFrequency = holdout ? new double[cohort] : [];
        var holdoutRevenue = holdout ? new double[cohort] : [];
        int i = 0;
        for (int c = 0; c < _customerCount; c++)
        {
            ref readonly var s = ref _state[c];
            if (s.Rows == 0 || s.First > _calibrationEnd) continue;
            int x = s.CalibrationDays - 1;
            ids[i] = customerIds[c];
            frequency[i] = x;
            recency[i] = (s.LastCalibration - s.First) / unitDays;
            age[i] = (_calibrationEnd - s.First) / unitDays;
            monetary[i] = x > 0 ? (s.CalibrationAmount - s.FirstDayAmount) / x : 0.0;
            revenue[i] = s.CalibrationAmount + s.HoldoutAmount;
            purchaseDays[i] = s.CalibrationDays + s.HoldoutDays;
            rows[i] = s.Rows;
            first[i] = DateOnly.FromDayNumber(s.First);
            last[i] = DateOnly.FromDayNumber(s.Last);
            if (holdout)
            {
                holdoutFrequency[i] = s.HoldoutDays;
                holdoutRevenue[i] = s.HoldoutAmount;
            }

            i++;
        }

        int dailyStart = cohort == 0 ? _observationEnd : earliest;
        var daily = new int[cohort == 0 ? 0 : _observationEnd - dailyStart + 1];
        for (int d = 0; d < daily.Length; d++)
        {
            int back = _observationEnd - (dailyStart + d);
            daily[d] = back < _repeatsByDaysBeforeEnd.Length ? _repeatsByDaysBeforeEnd[back] : 0;
        }

        return new CustomerSummaries(
            Period, ids, frequency, recency, age, monetary, revenue, purchaseDays, rows, first, last,
            holdoutFrequency, holdoutRevenue, DateOnly.FromDayNumber(dailyStart), daily, _ignoredRows, acquiredInHoldout);
    }

    // Returns false when the row is dated before the customer's previous row: the running state can
    // no longer tell whether that day was already counted.
    private bool Apply(ref CustomerState s, int day, double amount)
    {
        bool calibration = day <= _calibrationEnd;
        if (s.Rows == 0)
        {
            s.Rows = 1;
            s.First = day;
            s.Last = day;
            if (calibration)
            {
                s.CalibrationDays = 1;
                s.LastCalibration = day;
                s.CalibrationAmount = amount;
                s.FirstDayAmount = amount;
            }
            else
            {
                s.HoldoutDays = 1;
                s.HoldoutAmount = amount;
            }

            return true;
        }

        if (day < s.Last)
        {
            return false;
        }

        s.Rows++;
        if (day == s.Last)
        {
            if (calibration)
            {
                s.CalibrationAmount += amount;
                if (day == s.First) s.FirstDayAmount += amount;
            }
            else
            {
                s.HoldoutAmount += amount;
            }

            return true;
        }

        s.Last = day;
        if (calibration)
        {
            s.CalibrationDays++;
            s.LastCalibration = day;
            s.CalibrationAmount += amount;
        }
        else
        {
            s.HoldoutDays++;
            s.HoldoutAmount += amount;
        }

        // Customers acquired in the holdout are outside the cohort the tracking plot describes.
        if (s.First <= _calibrationEnd)
        {
            int back = _observationEnd - day;
            if (back >= _repeatsByDaysBeforeEnd.Length)
            {
                Array.Resize(ref _repeatsByDaysBeforeEnd, Math.Max(back + 1, 2 * _repeatsByDaysBeforeEnd.Length));
            }

            _repeatsByDaysBeforeEnd[back]++;
        }

        return true;
    }

    private void RebuildFromRows()
    {
        int n = _customerCount;
        var start = new int[n + 1];
        for (int k = 0; k < _chunkCount; k++)
        {
            foreach (var row in ChunkRows(k))
            {
                start[row.Customer + 1]++;
            }
        }

        for (int c = 0; c < n; c++)
        {
            start[c + 1] += start[c];
        }

        var days = new int[_rowCount];
        var amounts = new double[_rowCount];
        var next = start.AsSpan(0, n).ToArray();
        for (int k = 0; k < _chunkCount; k++)
        {
            foreach (var row in ChunkRows(k))
            {
                int p = next[row.Customer]++;
                days[p] = row.Day;
                amounts[p] = row.Amount;
            }
        }

        Array.Clear(_state, 0, n);
        Array.Clear(_repeatsByDaysBeforeEnd);
        for (int c = 0; c < n; c++)
        {
            int from = start[c], length = start[c + 1] - from;
            if (length > 1)
            {
                Array.Sort(days, amounts, from, length);
            }

            for (int p = from; p < from + length; p++)
            {
                Apply(ref _state[c], days[p], amounts[p]);
            }
        }

        _outOfOrder = false;
    }

    private ReadOnlySpan<RawRow> ChunkRows(int chunk) =>
        chunk == _chunkCount - 1 ? _chunks[chunk].AsSpan(0, _positionInChunk) : _chunks[chunk];

    private void NewChunk()
    {
        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, 2 * _chunks.Length);
        }

        _current = new RawRow[ChunkSize];
        _chunks[_chunkCount++] = _current;
        _positionInChunk = 0;
    }

    private void GrowCustomers(int customer)
    {
        long size = Math.Max((long)customer + 1, 2L * _state.Length);
        Array.Resize(ref _state, (int)Math.Min(size, Array.MaxLength));
    }
}
