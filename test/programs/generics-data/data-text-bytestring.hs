-- The Data instances of text and bytestring (and parsec's SourcePos):
-- Text is seen through pack, ByteString has no representation (NoRep) and
-- folds over its bytes; toConstr on a ByteString is the package's error.
import Data.Data
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Short as BS
import Text.Parsec.Pos (newPos)
import Control.Exception

main :: IO ()
main = do
  let t = T.pack "hello"
      tl = TL.pack "lazy text"
      b = BC.pack "bytes"
      bl = BL.pack [104, 105]
      bs = BS.pack [1, 2, 3]
  print (toConstr t, dataTypeOf t, gmapQ (\d -> show (typeOf d)) t)
  print (toConstr tl, dataTypeOf tl, isAlgType (dataTypeOf tl))
  print (gmapT (\d -> maybe d id (cast (reverse (maybe "" id (cast d))))) t)
  print (gmapQ (\d -> maybe 0 length (cast d :: Maybe String)) tl)
  print (dataTypeOf b, dataTypeOf bl, dataTypeOf bs)
  print (isNorepType (dataTypeOf b), gmapQ (\d -> show (typeOf d)) b)
  print (gmapQ (\d -> maybe [] id (cast d)) bl :: [[Int]])
  print (gmapT (\d -> maybe d id (cast (map (+ 1) (maybe [] id (cast d) :: [Int])))) b)
  print (typeOf t, typeOf tl, typeOf b, typeOf bl, typeOf bs)
  let p = newPos "file.txt" 3 7
  print (toConstr p, dataTypeOf p, gmapQ (\d -> show (typeOf d)) p)
  r <- try (evaluate (toConstr b))
  case r of
    Left (ErrorCall msg) -> putStrLn ("error: " ++ msg)
    Right c -> print c
  print (toConstr bs)
