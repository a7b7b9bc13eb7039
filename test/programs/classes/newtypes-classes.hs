import Data.Monoid
import qualified Data.Semigroup as S
import Data.Functor.Identity
import Data.Functor.Const
import Control.Monad.Fix
import Control.Monad.Zip
import Data.Foldable (toList, foldl')
import Data.Traversable (traverse)
import Data.List.NonEmpty (NonEmpty(..))

main :: IO ()
main = do
  -- Foldable / Traversable of the newtypes
  print (sum (Sum 3 :: Sum Int), product (Product 4 :: Product Int), toList (Dual 'd'))
  print (length (First (Just 1) :: First Int), toList (Last (Nothing :: Maybe Int)), maximum (S.Max 5 :: S.Max Int))
  print (foldr (:) [] (S.First 'f'), foldl' (+) 0 (S.Last (2 :: Int)), elem 3 (S.Min (3 :: Int)))
  print (traverse (\x -> [x, x + 1]) (Sum (1 :: Int)))
  print (traverse (\x -> Just (x * 2)) (Product (3 :: Int)), traverse (\x -> Just [x]) (Dual 'a'))
  print (traverse (\x -> [x, succ x]) (First (Just 'a')), traverse Just (Last (Nothing :: Maybe Int)))
  print (sequenceA (S.Max [1, 2 :: Int]), sequenceA (S.Min (Just 'm')), mapM (\x -> Right x :: Either () Int) (S.First 4))
  print (fmap (+1) (Dual (1 :: Int)), (Dual (+2) <*> Dual (3 :: Int)), Dual (5 :: Int) >>= \x -> Dual (x * 2))
  print (fmap (*2) (First (Just (3 :: Int))), pure 'p' :: First Char, Last (Just (+1)) <*> Last (Just (1 :: Int)))
  print (First (Just 2) >>= \x -> First (if x > (1 :: Int) then Just x else Nothing))
  print (fmap succ (Alt (Just 'a')), Alt [1, 2 :: Int] >>= \x -> Alt [x, x])
  print (Alt (Just 1) == Alt (Just (1 :: Int)), compare (Alt [1]) (Alt [2 :: Int]))
  print (fmap (+1) (Ap (Just (1 :: Int))), Ap [1, 2] + Ap [10 :: Int], negate (Ap (Just (3 :: Int))), fromInteger 4 :: Ap Maybe Int)
  -- MonadFix / MonadZip of the newtypes
  print (take 3 (getSum (mfix (\xs -> Sum (1 : map (*2) xs)))) :: [Int])
  print (fmap (take 3) (getFirst (mfix (\xs -> First (Just ('x' : xs))))))
  print (take 4 (S.getMax (mfix (\xs -> S.Max ('y' : xs)))))
  print (mzip (Sum 'a') (Sum True), munzip (Dual ('q', 1 :: Int)), mzipWith (+) (Product 2) (Product (3 :: Int)))
  print (mzip (First (Just 1)) (First (Just 'c')), mzip [1, 2 :: Int] "xy")
  -- Enum / Bounded / Num / Monoid of Identity and Const
  print ([Identity 'a' .. Identity 'e'], fromEnum (Identity 'A'), toEnum 66 :: Identity Char)
  print (Identity 7 `div` Identity 2 :: Identity Int, toInteger (Identity (9 :: Int)), realToFrac (Identity (1.5 :: Double)) :: Double)
  print (sqrt (Identity 16 :: Identity Double), truncate (Identity (2.7 :: Double)) :: Int, pi :: Const Double ())
  print (Const [1] <> Const [2 :: Int] :: Const [Int] Bool, mconcat [Const "a", Const "b"] :: Const String Int)
  print (Identity "ab" <> Identity "cd", mconcat [Identity [1], Identity [2 :: Int]])
  print (S.stimes (3 :: Int) (Identity "ab"), S.stimes (2 :: Int) (Const "xy" :: Const String ()))
  print (S.sconcat (Sum 1 :| [Sum 2, Sum (3 :: Int)]), S.sconcat (S.Min 4 :| [S.Min (2 :: Int)]))
  print (mconcat [Dual "a", Dual "b"], S.stimes (2 :: Int) (Dual "ab"), appEndo (S.stimes (3 :: Int) (Endo (* 2))) (1 :: Int))
  print (S.stimes (3 :: Int) (Alt (Just 'a')), getAlt (S.stimes (2 :: Int) (Alt "ab")), mempty :: Dual String)
