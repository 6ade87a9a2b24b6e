namespace LawMonitor.Crawler.Fetching;

/// <summary>A connection refused because the host resolves to an address the source may not reach.</summary>
public sealed class BlockedAddressException(string host, string address)
    : Exception($"{host} trỏ tới địa chỉ nội bộ {address}; nguồn không cho phép (private, loopback or link-local address refused; set allowPrivate to reach it on purpose)")
{
    public string Host { get; } = host;

    public string Address { get; } = address;
}
