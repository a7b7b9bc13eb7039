-- Data.Version's Read instance (record syntax, parentheses, precedence,
-- lists, failures) and Foreign.Ptr's Read IntPtr / WordPtr.
import Data.Version
import Foreign.Ptr
import Text.Read (readMaybe)

main :: IO ()
main = do
  print (read "Version {versionBranch = [1,2], versionTags = [\"x\"]}" :: Version)
  print (reads "(Version{versionBranch=[],versionTags=[]}) rest" :: [(Version, String)])
  print (read " [ Version {versionBranch = [3], versionTags = []} ] " :: [Version])
  print (read "Just Version {versionBranch = [0], versionTags = [\"a\",\"b\"]}" :: Maybe Version)
  print (readMaybe "Version {versionTags = [], versionBranch = [1]}" :: Maybe Version)
  print (readMaybe "Version [1] []" :: Maybe Version)
  print (readMaybe "((Version {versionBranch = [4,5,6], versionTags = []}))" :: Maybe Version)
  let v = makeVersion [2, 0, 1]
  print (read (show v) == v, showVersion v)
  print (read "5" :: IntPtr, read "(-7)" :: IntPtr, read "0x10" :: WordPtr, reads "IntPtr 5" :: [(IntPtr, String)])
  print (read "[1,2,3]" :: [WordPtr], readMaybe "-1" :: Maybe IntPtr, readMaybe "18446744073709551615" :: Maybe WordPtr)
