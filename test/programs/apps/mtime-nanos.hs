-- Copying a file's modification time to another (as `cp -p` or a build
-- tool's "touch to match" does) and reading it back: the times compare
-- equal to the nanosecond with GHC's directory package (utimensat).
import System.Directory
import Data.Time

main :: IO ()
main = do
  writeFile "a" "x"
  writeFile "b" "y"
  let t = UTCTime (fromGregorian 2020 1 2) 3.123456789
  setModificationTime "a" t
  ta <- getModificationTime "a"
  setModificationTime "b" ta
  tb <- getModificationTime "b"
  print (ta, tb, ta == tb)
  setAccessTime "b" (UTCTime (fromGregorian 2001 2 3) 4.000000001)
  getAccessTime "b" >>= print
