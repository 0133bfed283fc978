using System.Globalization;

namespace CaseReview.UseCases.Documents;

/// <summary>Sizes in words, as GOV.UK writes them: "850 bytes", "120 KB", "2.5 MB", "10 MB".</summary>
public static class DocumentSizes
{
    public static string Words(long bytes)
    {
        const double Kilobyte = 1024;
        const double Megabyte = 1024 * 1024;
        if (bytes < Kilobyte)
        {
            return bytes == 1 ? "1 byte" : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
        }

        if (bytes < Megabyte)
        {
            return $"{Math.Ceiling(bytes / Kilobyte).ToString(CultureInfo.InvariantCulture)} KB";
        }

        var megabytes = bytes / Megabyte;
        return megabytes < 10 && Math.Round(megabytes, 1) != Math.Round(megabytes)
            ? $"{Math.Round(megabytes, 1).ToString("0.0", CultureInfo.InvariantCulture)} MB"
            : $"{Math.Round(megabytes).ToString(CultureInfo.InvariantCulture)} MB";
    }
}
