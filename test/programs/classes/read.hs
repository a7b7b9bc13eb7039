import Control.Applicative (ZipList(..))
import Data.Functor.Identity
import Data.Functor.Const
import Data.Monoid
import qualified Data.Semigroup as S
import Data.Proxy
import Text.Read (readMaybe)

main :: IO ()
main = do
  print (read "ZipList {getZipList = [1,2]}" :: ZipList Int)
  print (read "Arg 1 'x'" :: S.Arg Int Char)
  print (read " ( Arg (-2) \"s\" ) " :: S.Arg Int String)
  print (read "Const 5" :: Const Int String)
  print (read "(Const (Just 'c'))" :: Const (Maybe Char) ())
  print (read "Identity 4" :: Identity Int)
  print (read "[Identity 1,Identity (-2)]" :: [Identity Int])
  print (read "Sum {getSum = 3}" :: Sum Int)
  print (read "Product { getProduct = -4 }" :: Product Int)
  print (read "All {getAll = True}" :: All, read "Any {getAny = False}" :: Any)
  print (read "Dual {getDual = \"x\"}" :: Dual String)
  print (read "First {getFirst = Just 3}" :: First Int, read "Last {getLast = Nothing}" :: Last Int)
  print (read "Alt {getAlt = [1]}" :: Alt [] Int, read "Ap {getAp = Just 2}" :: Ap Maybe Int)
  print (read "Max {getMax = 7}" :: S.Max Int, read "Min {getMin = 'q'}" :: S.Min Char)
  print (read "First {getFirst = 1}" :: S.First Int, read "Last {getLast = 2}" :: S.Last Int)
  print (read "WrapMonoid {unwrapMonoid = \"w\"}" :: S.WrappedMonoid String)
  print (read "Proxy" :: Proxy Int, read "(Proxy)" :: Proxy ())
  print (readMaybe "Sum 3" :: Maybe (Sum Int), readMaybe "Identity" :: Maybe (Identity Int))
  print (readMaybe "Sum {getSum = 3" :: Maybe (Sum Int), readMaybe "Prox" :: Maybe (Proxy Int))
  print (reads "Identity 5 rest" :: [(Identity Int, String)])
  print (read "Sum {getSum = 1}x" :: Sum Int)
