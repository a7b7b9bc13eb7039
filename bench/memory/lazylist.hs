-- A 10^7-element lazy list, consumed as it is produced: `length` walks it
-- while [1 ..] makes it, so only a few cells are ever live.
main :: IO ()
main = print (length [1 .. 10000000 :: Int])
