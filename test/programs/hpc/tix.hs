-- hpc's Util and Tix: source spans (show, read, order, inside), the
-- hashes of values, .tix data written, read back and shown, and the file
-- names hpc derives.
import Trace.Hpc.Util
import Trace.Hpc.Tix
import System.Directory (doesFileExist)

main :: IO ()
main = do
  let a = toHpcPos (3, 5, 10, 2)
      b = toHpcPos (4, 1, 4, 80)
      c = toHpcPos (1, 1, 200, 1)
  print (a, b, [a, b, c])
  print (fromHpcPos a, a == b, compare a b, a < c, maximum [a, b, c], minimum [a, b, c])
  print (insideHpcPos b a, insideHpcPos a b, insideHpcPos a c, insideHpcPos c c)
  print (read "12:3-14:7" :: HpcPos, read "5:6" :: HpcPos)
  print (reads "1:2-3:4,rest" :: [(HpcPos, String)])
  print (toHash a, toHash (1 :: Int), toHash 'x', toHash True, toHash False, toHash (2 ^ (40 :: Int) + 7 :: Integer))
  print (toHash "hello", toHash [1, 2, 3 :: Int], toHash ("ab", 'c'), toHash ([] :: [Int]), toHash [a, b])
  print (toHash "hello" + 1, toHash 'a' * 1000000000, negate (toHash 'a'), abs (toHash 'z'), signum (toHash 'q'))
  print (read "123456" + (7 :: Hash), [toHash 'a', 9], toHash 'a' == 97)
  let tix = Tix [TixModule "Main" (toHash "Main") 3 [0, 5, 2 ^ (70 :: Int)], TixModule "Data.Thing" 42 0 []]
  print tix
  writeTix "prog.tix" tix
  readFileUtf8 "prog.tix" >>= putStrLn
  Just tix' <- readTix "prog.tix"
  print (tix' == tix, map tixModuleName (modules tix'), map tixModuleHash (modules tix'), map tixModuleTixs (modules tix'))
  missing <- readTix "missing.tix"
  print missing
  writeFileUtf8 "utf.txt" "λ → ünïcode\n"
  readFileUtf8 "utf.txt" >>= print
  doesFileExist "utf.txt" >>= print
  r <- catchIO (readFileUtf8 "nope.txt") (\e -> return ("caught: " ++ show e))
  putStrLn r
  print (map getTixFileName ["prog", "prog.exe", "dir/prog.tix", "a.b.c", ".hidden"])
  print (read (show tix) :: Tix)
  where
    modules (Tix ms) = ms
