-- hpc's Mix: box labels (show, read, order, hashes), a .mix file created
-- and read back from a list of directories, and readMix's failures (no
-- such file, a hash that does not match, a file that does not parse).
import Trace.Hpc.Mix
import Trace.Hpc.Util
import Trace.Hpc.Tix
import Data.Time
import Control.Exception
import System.Directory

tryShow :: Show a => IO a -> IO ()
tryShow act = do
  r <- try act
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)

main :: IO ()
main = do
  let labels = [ExpBox False, ExpBox True, TopLevelBox [], TopLevelBox ["f", "g"], LocalBox ["a", "b"], BinBox GuardBinBox False, BinBox QualBinBox True, BinBox CondBinBox True]
  print labels
  print (map toHash labels, map toHash [GuardBinBox, CondBinBox, QualBinBox])
  print ([GuardBinBox, CondBinBox, QualBinBox], read "[QualBinBox,GuardBinBox]" :: [CondBox], showsPrec 11 CondBinBox "")
  print (read (show labels) == labels, maximum labels, compare (ExpBox True) (LocalBox []), CondBinBox < QualBinBox)
  let t = UTCTime (fromGregorian 2020 1 2) 3600
      entries = [(toHpcPos (1, 1, 2, 3), ExpBox True), (toHpcPos (2, 1, 2, 9), BinBox CondBinBox False), (toHpcPos (5, 1, 9, 20), TopLevelBox ["main"])]
      mix = Mix "src/M.hs" t (toHash "M") 8 entries
  print mix
  mixCreate "." "M" mix
  readFile "M.mix" >>= putStrLn
  m1 <- readMix [".", "absent"] (Left "M")
  print (m1 == mix, m1)
  m2 <- readMix ["absent", "."] (Right (TixModule "M" (toHash "M") 8 []))
  print (m2 == mix)
  createDirectoryIfMissing True "pkg"
  mixCreate "pkg" "N" (Mix "N.hs" t 7 1 [])
  readMix ["."] (Right (TixModule "pkg/N" 7 1 [])) >>= print
  tryShow (readMix ["."] (Right (TixModule "M" 5 8 [])))
  tryShow (readMix ["absent", "other", "x/y"] (Left "Q"))
  tryShow (readMix [] (Left "M"))
  print (read "Mix \"a\" 2021-03-04 05:06:07.5 UTC 9 2 [(1:2-3:4,LocalBox [\"x\"])]" :: Mix)
  -- the contents are parsed when the Mix is used: the failure ends the run
  writeFile "B.mix" "garbage"
  tryShow (readMix ["."] (Left "B"))
