-- Clean-room Data.STRef.Lazy (base-4.15.1): the strict STRef operations
-- in the lazy ST monad (Control.Monad.ST.Lazy.Imp's strictToLazyST), as
-- documented. Compiled into preludes/base/Data.STRef.Lazy.stg by
-- scripts/gen-library-preludes.mjs.
module Data.STRef.Lazy (STRef, newSTRef, readSTRef, writeSTRef, modifySTRef) where

import Control.Monad.ST.Lazy.Imp (ST, strictToLazyST)
import qualified Data.STRef as Strict
import Data.STRef (STRef)

newSTRef :: a -> ST s (STRef s a)
newSTRef v = strictToLazyST (Strict.newSTRef v)

readSTRef :: STRef s a -> ST s a
readSTRef r = strictToLazyST (Strict.readSTRef r)

writeSTRef :: STRef s a -> a -> ST s ()
writeSTRef r v = strictToLazyST (Strict.writeSTRef r v)

modifySTRef :: STRef s a -> (a -> a) -> ST s ()
modifySTRef r f = strictToLazyST (Strict.modifySTRef r f)
