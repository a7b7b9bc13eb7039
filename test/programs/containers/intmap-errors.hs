import qualified Data.IntMap as IM
import qualified Data.IntMap.Strict as IMS
import qualified Data.IntSet as IS
import Control.Exception
import System.IO

try' :: Show a => String -> a -> IO ()
try' label x = do
  r <- try (evaluate (length (show x)))
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: SomeException))
    Right _ -> putStrLn (label ++ ": " ++ show x)

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  let m = IM.fromList [(i, i * i) | i <- [-3 .. 5]]
      e = IM.empty :: IM.IntMap Int
      se = IS.empty
  try' "!" (m IM.! 42)
  try' "findMin" (IM.findMin e)
  try' "findMax" (IM.findMax e)
  try' "deleteFindMin" (IM.deleteFindMin e)
  try' "deleteFindMax" (IM.deleteFindMax e)
  try' "maximum" (maximum e)
  try' "minimum" (minimum e)
  try' "strict !" (IMS.fromList [(1, 'a')] IMS.! 2)
  try' "strict findWithDefault" (IMS.findWithDefault 'z' 3 (IMS.fromList [(1, 'a')]))
  try' "IS.findMin" (IS.findMin se)
  try' "IS.findMax" (IS.findMax se)
  try' "IS.deleteFindMin" (IS.deleteFindMin se)
  try' "IS.deleteFindMax" (IS.deleteFindMax se)
  try' "IS.maximum" (IS.foldr max 0 se)
  print (IM.lookupMin e, IM.lookupMax e, IM.minView e, IM.maxView e, IS.minView se, IS.maxView se)
  print (m IM.!? 3, m IM.!? 30)
  print (IM.findMin m, IM.findMax m, IS.findMin (IS.fromList [3, -7, 100]), IS.findMax (IS.fromList [3, -7, 100]))
  IS.findMin se `seq` return ()
