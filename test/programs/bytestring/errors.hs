-- bytestring's errors on empty ByteStrings and bad indices.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy.Char8 as L
import Control.Exception
import Data.Char (chr)

try' :: Show a => a -> IO ()
try' x = do
  r <- try (evaluate x)
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: ErrorCall))
    Right v -> print v

main :: IO ()
main = do
  try' (C.head C.empty)
  try' (C.last C.empty)
  try' (C.tail C.empty)
  try' (C.init C.empty)
  try' (C.maximum C.empty)
  try' (C.minimum C.empty)
  try' (C.foldl1 max C.empty)
  try' (C.foldr1 max C.empty)
  try' (C.index (C.pack "abc") 3)
  try' (C.index (C.pack "abc") (-1))
  try' (B.foldl1' max B.empty)
  try' (L.head L.empty)
  try' (L.last L.empty)
  try' (L.tail L.empty)
  try' (L.index (L.pack "abc") 7)
  try' (L.index (L.pack "abc") (-2))
  try' (L.maximum L.empty)
  try' (L.cycle L.empty)
  C.putStrLn (C.head (C.pack "ok") `C.cons` C.empty)
  print (C.count (chr 0) C.empty, C.elemIndex (chr 0) C.empty, C.empty == C.empty, compare C.empty C.empty)
  print (C.head C.empty)
