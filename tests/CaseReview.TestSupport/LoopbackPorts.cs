using System.Net;
using System.Net.Sockets;

namespace CaseReview.TestSupport;

/// <summary>Ports on loopback for the servers the tests start themselves (SMTP sink, PostgreSQL, app processes).</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on now: the system's choice for a listener that is closed again at once.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
