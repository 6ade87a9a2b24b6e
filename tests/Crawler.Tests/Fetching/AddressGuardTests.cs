using System.Net;
using LawMonitor.Crawler.Fetching;

namespace LawMonitor.Crawler.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("198.19.0.1")]
    [InlineData("203.0.113.9")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2001:db8::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    public void PrivateLoopbackAndLinkLocal_AreNotPublic(string address)
    {
        Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("203.162.4.190")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2404:6800:4005:80a::200e")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("198.20.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2001:db9::1")]
    public void PublicAddresses_ArePublic(string address)
    {
        Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));
    }
}
