-- Compose's Foldable dictionary passed to code that only knows "some
-- Foldable" (a list of heterogeneous containers), as GHC builds it at -O1.
{-# LANGUAGE ExistentialQuantification #-}
import Data.Foldable
import Data.Functor.Compose

data AnyFold = forall t. Foldable t => AnyFold (t Int)

main :: IO ()
main = do
  let xs = [AnyFold (Compose [Just 1, Nothing, Just 2]), AnyFold (Compose (Just [3, 4])), AnyFold (Compose ([] :: [Maybe Int]))]
  mapM_ (\(AnyFold t) -> print (sum t, toList t, foldMap' (: []) t, foldr' (+) 0 t, foldl' (-) 0 t, length t)) xs
  mapM_ (\(AnyFold t) -> print (if null t then Nothing else Just (maximum t, minimum t, foldr1 (-) t, foldl1 (-) t))) xs
