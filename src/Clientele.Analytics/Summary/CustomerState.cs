using System.Runtime.InteropServices;

namespace Clientele.Analytics.Summary;

/// <summary>
/// The O(1) running statistics of one customer, valid while the customer's rows arrive in date
/// order. 48 bytes, so one customer's update touches a single cache line.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct CustomerState
{
    public int Rows;
    public int First;
    public int Last;
    public int LastCalibration;
    public int CalibrationDays;
    public int HoldoutDays;
    public double FirstDayAmount;
    public double CalibrationAmount;
    public double HoldoutAmount;
}
