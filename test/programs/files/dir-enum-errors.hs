-- directory's Enum instances of FileType, XdgDirectory and XdgDirectoryList
-- (System.Directory.Internal): succ/pred at the ends and toEnum out of range
-- fail with the installed package's errors and call stacks (at -O1 its
-- floated $fEnumFileType6/7 ...), and the enumerations (at -O1 the loops
-- $fEnumT_go9 from a tag).
import Control.Exception
import System.Directory
import System.Directory.Internal

main :: IO ()
main = do
  r <- try (evaluate (succ (maxBound :: FileType)))
  print (r :: Either SomeException FileType)
  r2 <- try (evaluate (pred (minBound :: FileType)))
  print (r2 :: Either SomeException FileType)
  r3 <- try (evaluate (succ XdgCache))
  print (r3 :: Either SomeException XdgDirectory)
  r4 <- try (evaluate (pred XdgData))
  print (r4 :: Either SomeException XdgDirectory)
  r5 <- try (evaluate (succ XdgConfigDirs))
  print (r5 :: Either SomeException XdgDirectoryList)
  r6 <- try (evaluate (pred XdgDataDirs))
  print (r6 :: Either SomeException XdgDirectoryList)
  print ([minBound ..] :: [FileType], [XdgConfig ..], [XdgDataDirs ..])
  print (map fromEnum [File ..], [toEnum 1 :: XdgDirectory ..])
  print (succ File, pred DirectoryLink, succ XdgData, pred XdgConfigDirs)
  s <- try (evaluate (toEnum 7 :: FileType))
  print (s :: Either SomeException FileType)
  s2 <- try (evaluate (toEnum (-1) :: XdgDirectory))
  print (s2 :: Either SomeException XdgDirectory)
  s3 <- try (evaluate (toEnum 2 :: XdgDirectoryList))
  print (s3 :: Either SomeException XdgDirectoryList)
  print ([File, Directory ..], [DirectoryLink, Directory ..], [XdgData .. XdgCache], [XdgCache, XdgConfig ..])
