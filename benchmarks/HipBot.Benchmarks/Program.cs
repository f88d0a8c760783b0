using BenchmarkDotNet.Running;
using HipBot.Benchmarks;

// "drain" and "groups" are plain timed runs (the outbox sender end to end; 1,000 groups at their post time); anything
// else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "drain")
{
    return await OutboxDrain.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "fanout")
{
    return await HipBot.Benchmarks.EndToEnd.FanOutBenchmark.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "e2e")
{
    return await HipBot.Benchmarks.EndToEnd.EndToEndBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "groups")
{
    return await GroupPostTime.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(OutboxDrain).Assembly).Run(args);
return 0;
