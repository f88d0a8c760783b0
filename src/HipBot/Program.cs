Console.WriteLine("HipBot");
