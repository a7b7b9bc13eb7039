-- setFileTimesHiRes (utimensat to the nanosecond; the ByteString one too):
-- times read back with accessTimeHiRes/modificationTimeHiRes, a negative
-- time's nanoseconds rounded down as unix's timespec conversion does.
import qualified Data.ByteString.Char8 as B
import System.Directory (removeFile)
import System.Posix.Files
import qualified System.Posix.Files.ByteString as FB

main :: IO ()
main = do
  let f = "times-hires-file"
  writeFile f "x"
  setFileTimesHiRes f 1234567890.123456789 987654321.000000001
  st <- getFileStatus f
  print (accessTimeHiRes st, modificationTimeHiRes st)
  FB.setFileTimesHiRes (B.pack f) 1.5 (-1.25)
  st2 <- getFileStatus f
  print (accessTimeHiRes st2, modificationTimeHiRes st2, modificationTime st2)
  setFileTimesHiRes f 0.0000000019 (-0.0000000001)
  st3 <- getFileStatus f
  print (accessTimeHiRes st3, modificationTimeHiRes st3)
  removeFile f
